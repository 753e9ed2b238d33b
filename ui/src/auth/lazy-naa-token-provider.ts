import type { TokenProvider } from '../api/api-client';
import type { NaaConfig, naaTokenProvider } from './naa-token-provider';

/** Where a separately loaded sign-in script leaves MSAL's provider for the page to pick up. */
export type NaaSlot = { relaisNaaTokenProvider?: typeof naaTokenProvider };

/** A sign-in script (a bundle of its own, listed in scripts/web/web-pages.ts) and what to say when it fails. */
export type NaaScript = { name: string; messages: { timeout: string; missing: string; download: string } };

/** Scripts are named by their content hash: the page's HTML gives each one's address in this `<meta>`. */
export const scriptMetaName = (name: string) => `relais-script:${name}`;

const addressOf = (name: string): string | undefined =>
  document.querySelector<HTMLMetaElement>(`meta[name="${scriptMetaName(name)}"]`)?.content || undefined;

const LOAD_TIMEOUT_MS = 20_000;
const loading = new Map<string, Promise<typeof naaTokenProvider>>();

/** Loads the script once; a failed load is forgotten, so the next token request tries again. */
const loadScript = ({ name, messages }: NaaScript): Promise<typeof naaTokenProvider> => {
  const known = loading.get(name);
  if (known) return known;
  const src = addressOf(name);
  if (!src) return Promise.reject(new Error(messages.missing));
  const load = new Promise<typeof naaTokenProvider>((resolve, reject) => {
    const script = document.createElement('script');
    const fail = (message: string) => {
      clearTimeout(timer);
      loading.delete(name);
      reject(new Error(message));
    };
    const timer = setTimeout(() => fail(messages.timeout), LOAD_TIMEOUT_MS);
    script.src = src;
    script.async = true;
    script.onload = () => {
      const provider = (window as unknown as NaaSlot).relaisNaaTokenProvider;
      if (!provider) return fail(messages.missing);
      clearTimeout(timer);
      resolve(provider);
    };
    script.onerror = () => fail(messages.download);
    document.head.appendChild(script);
  });
  loading.set(name, load);
  return load;
};

/**
 * Nested app authentication with MSAL fetched the first time a token is asked for: MSAL is a large
 * share of a page's JavaScript, and only Outlook and Teams need it (not the preview or a browser).
 */
export const lazyNaaTokenProvider = (script: NaaScript, config: NaaConfig): TokenProvider => {
  let provider: TokenProvider | undefined;
  return async (options) => {
    provider ??= (await loadScript(script))(config);
    return provider(options);
  };
};
