/** `@relais/ui/i18n`: the shared strings and the i18next set-up. */
export * from './common.en';
export * from './common.fr';
export * from './create-i18n';
export * from './language';
