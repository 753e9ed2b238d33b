/** `@relais/ui/components/facts`: these components, as the pane and the tabs use them. */
export * from './fact-history';
export * from './fact-list';
export * from './fact-row';
export * from './fact-value';
export * from './facts.en';
export * from './facts.fr';
export * from './request-change-form';
