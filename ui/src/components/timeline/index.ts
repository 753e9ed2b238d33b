/** `@relais/ui/components/timeline`: these components, as the pane and the tabs use them. */
export * from './entry-follow-ups';
export * from './entry-notes';
export * from './interaction-link';
export * from './timeline-entry';
export * from './timeline-filters';
export * from './timeline.en';
export * from './timeline.fr';
export * from './timeline';
export * from './use-timeline.hook';
