import type { TokenProvider } from '../../../ui/src/api/api-client';
import type { NaaConfig, naaTokenProvider } from '../../../ui/src/auth/naa-token-provider';

/** Where the separately loaded script leaves MSAL's provider for the page to pick up. */
export type NaaSlot = { relaisNaaTokenProvider?: typeof naaTokenProvider };
const slot = () => window as unknown as NaaSlot;

/**
 * MSAL is a third of a tab's JavaScript and only Teams needs it, so it ships as its own script
 * (the `tab-naa-sign-in` script of scripts/web/web-pages.ts, a bundle with no page of its own) loaded on first use.
 */
const NAA_SCRIPT = '/assets/tab-naa-sign-in.js';
const LOAD_TIMEOUT_MS = 20_000;

let loading: Promise<typeof naaTokenProvider> | undefined;

const loadScript = (): Promise<typeof naaTokenProvider> =>
  (loading ??= new Promise<typeof naaTokenProvider>((resolve, reject) => {
    const script = document.createElement('script');
    const timer = setTimeout(() => reject(new Error('The sign-in component did not load.')), LOAD_TIMEOUT_MS);
    script.src = NAA_SCRIPT;
    script.async = true;
    script.onload = () => {
      clearTimeout(timer);
      const provider = slot().relaisNaaTokenProvider;
      if (provider) resolve(provider);
      else reject(new Error('The sign-in component did not load.'));
    };
    script.onerror = () => {
      clearTimeout(timer);
      loading = undefined;
      reject(new Error('The sign-in component could not be downloaded.'));
    };
    document.head.appendChild(script);
  }));

/** A token provider that fetches MSAL the first time a token is asked for. */
export const lazyNaaTokenProvider = (config: NaaConfig): TokenProvider => {
  let provider: TokenProvider | undefined;
  return async (options) => {
    provider ??= (await loadScript())(config);
    return provider(options);
  };
};
