/** `@relais/ui/components/feedback`: these components, as the pane and the tabs use them. */
export * from './empty-state';
export * from './error-bar';
export * from './format-date';
export * from './format-size';
export * from './loading-state';
export * from './status-bar';
