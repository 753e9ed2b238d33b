import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonEn } from './common.en';
import { commonFr } from './common.fr';
import type { UiLanguage } from './language';

/**
 * One i18next instance per page, with the shared `common` strings and the page's own namespace.
 * French plural and formatting rules come from i18next and Intl.
 */
export const createI18n = async (lang: UiLanguage, own: { en: Record<string, unknown>; fr: Record<string, unknown> }): Promise<i18n> => {
  const resources: Resource = {
    en: { common: commonEn, page: own.en },
    fr: { common: commonFr, page: own.fr },
  };
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources,
    ns: ['page', 'common'],
    defaultNS: 'page',
    fallbackNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
};
