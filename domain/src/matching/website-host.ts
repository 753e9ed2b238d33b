import { foldText } from './fold-text';

const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/**
 * Host of a website without "www." ("https://www.Garnier-0.fr/contact" → "garnier-0.fr"), or
 * undefined. People type sites without scheme, with paths, ports or a trailing dot.
 */
export const websiteHost = (raw: string): string | undefined => {
  const withoutScheme = foldText(raw.trim()).replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  const host = withoutScheme
    .split(/[/?#]/)[0]
    .replace(/^[^@]*@/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '')
    .replace(/^www\d?\./, '');
  return HOST.test(host) ? host : undefined;
};
