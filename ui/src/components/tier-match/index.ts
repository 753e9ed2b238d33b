/** `@relais/ui/components/tier-match`: these components, as the pane and the tabs use them. */
export * from './address-options';
export * from './duplicate-candidates';
export * from './evidence-text';
export * from './guess-contact';
export * from './new-contact-form';
export * from './participant-card';
export * from './tier-chip';
export * from './tier-match.strings';
export * from './tier-match.types';
