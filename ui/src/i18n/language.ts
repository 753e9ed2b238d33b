export type UiLanguage = 'fr' | 'en';

/** Outlook and Teams give locales like `fr-FR`, `fr-CA`, `en-GB`: French for any `fr`, English otherwise. */
export const pickLanguage = (locale: string | null | undefined): UiLanguage => (/^fr\b/i.test(locale ?? '') ? 'fr' : 'en');
