/** `@relais/ui/components/segments`: these components, as the pane and the tabs use them. */
export * from './condition-model';
export * from './condition-row';
export * from './segment-builder';
export * from './segment-members';
export * from './segments.en';
export * from './segments.fr';
export * from './use-live-count.hook';
