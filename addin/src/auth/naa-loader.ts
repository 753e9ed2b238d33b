import type { TokenProvider } from '@relais/ui/src/api/api-client';
import type { NaaConfig, naaTokenProvider } from '@relais/ui/src/auth/naa-token-provider';

/** Where the separately loaded sign-in script leaves MSAL's provider for the pane. */
export type PaneNaaSlot = { relaisPaneNaaTokenProvider?: typeof naaTokenProvider };

/**
 * MSAL is a quarter of the pane's JavaScript and the preview never needs it, so it ships as its own
 * bundle (the `addin-naa-sign-in` script of scripts/web/web-pages.ts, with no page of its own), fetched
 * while the pane renders.
 */
const NAA_SCRIPT = '/assets/addin-naa-sign-in.js';
const LOAD_TIMEOUT_MS = 20_000;

let loading: Promise<typeof naaTokenProvider> | undefined;

const loadScript = (): Promise<typeof naaTokenProvider> =>
  (loading ??= new Promise<typeof naaTokenProvider>((resolve, reject) => {
    const script = document.createElement('script');
    const fail = (message: string) => {
      clearTimeout(timer);
      loading = undefined;
      reject(new Error(message));
    };
    const timer = setTimeout(
      () => fail('The sign-in component did not load in time. Close and reopen the pane.'),
      LOAD_TIMEOUT_MS,
    );
    script.src = NAA_SCRIPT;
    script.async = true;
    script.onload = () => {
      const provider = (window as unknown as PaneNaaSlot).relaisPaneNaaTokenProvider;
      if (!provider) return fail('The sign-in component did not load. Close and reopen the pane.');
      clearTimeout(timer);
      resolve(provider);
    };
    script.onerror = () =>
      fail('The sign-in component could not be downloaded. Check your connection and reopen the pane.');
    document.head.appendChild(script);
  }));

/** Nested app authentication, with MSAL fetched the first time a token is asked for. */
export const lazyNaaTokenProvider = (config: NaaConfig): TokenProvider => {
  let provider: TokenProvider | undefined;
  return async (options) => {
    provider ??= (await loadScript())(config);
    return provider(options);
  };
};
