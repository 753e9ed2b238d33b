/** `@relais/ui/components/suggestions`: the "To file" list of suggested logs, as the pane and the tabs use it. */
export * from './suggestions.en';
export * from './suggestions.fr';
export * from './to-file-list';
export * from './use-suggestions.hook';
