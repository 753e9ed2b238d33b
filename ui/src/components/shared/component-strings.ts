import type { i18n } from 'i18next';

/** A component folder's own strings, in both languages, under its own i18next namespace. */
export type ComponentStrings = {
  namespace: string;
  en: Record<string, unknown>;
  fr: Record<string, unknown>;
};

/** Adds component strings to a page's i18next instance (which `createI18n` made with the page's own). */
export const addComponentStrings = (instance: i18n, ...bundles: ComponentStrings[]): void => {
  for (const bundle of bundles) {
    instance.addResourceBundle('en', bundle.namespace, bundle.en, true, false);
    instance.addResourceBundle('fr', bundle.namespace, bundle.fr, true, false);
  }
};
