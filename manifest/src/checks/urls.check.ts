import { type StringLeaf, asArray, stringLeaves, toPointer } from '../json-paths';
import { type Issue, issue } from './issue';

const WEB_URL = /^https?:\/\//i;
/** Nested app authentication redirect URIs name the app's origin with this scheme. */
const NAA_REDIRECT = /^brk-multihub:\/\//i;

const hostMatches = (host: string, domain: string): boolean => {
  const pattern = domain
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1;
  return host === pattern;
};

const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url.replace(NAA_REDIRECT, 'https://')).host.toLowerCase();
  } catch {
    return undefined;
  }
};

const checkUrl = (file: string, { path, value }: StringLeaf, validDomains: string[]): Issue[] => {
  const where = toPointer(path);
  if (/^http:\/\//i.test(value)) return [issue(file, where, `must use https: ${value}`)];
  const host = hostOf(value);
  if (!host) return [issue(file, where, `is not a valid URL: ${value}`)];
  if (!validDomains.some((domain) => hostMatches(host, domain)))
    return [
      issue(
        file,
        where,
        `host "${host}" is not in validDomains (${validDomains.join(', ') || 'empty'}): ${value}`,
      ),
    ];
  return [];
};

/**
 * Filled-manifest check: every page, icon and link the app points at is served over https from a
 * host listed in validDomains (Teams and Outlook refuse to navigate elsewhere).
 */
export const checkUrlDomains = (file: string, document: unknown, validDomains: string[]): Issue[] =>
  stringLeaves(document)
    .filter(
      (leaf) => leaf.path[0] !== '$schema' && (WEB_URL.test(leaf.value) || NAA_REDIRECT.test(leaf.value)),
    )
    .flatMap((leaf) => checkUrl(file, leaf, validDomains));

export const validDomainsOf = (manifest: Record<string, unknown>): string[] =>
  asArray(manifest.validDomains).filter((domain): domain is string => typeof domain === 'string');
