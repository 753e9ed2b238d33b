/** `@relais/ui/components/shared`: these components, as the pane and the tabs use them. */
export * from './busy-indicator';
export * from './component-strings';
export * from './empty-state';
export * from './error-bar';
