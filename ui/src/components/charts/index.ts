/** `@relais/ui/components/charts`: these components, as the pane and the tabs use them. */
export * from './activity-bar-chart';
export * from './activity-chart-data';
export * from './charts.en';
export * from './charts.fr';
export * from './medium-donut-chart';
export * from './weekly-trend-chart';
