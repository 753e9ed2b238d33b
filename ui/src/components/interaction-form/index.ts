/** `@relais/ui/components/interaction-form`: these components, as the pane and the tabs use them. */
export * from './api-field-errors';
export * from './change-request-editor';
export * from './change-request-rows';
export * from './follow-up-tasks';
export * from './interaction-fields';
export * from './interaction-form.strings';
export * from './tier-search';
