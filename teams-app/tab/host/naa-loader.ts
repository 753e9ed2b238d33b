import type { TokenProvider } from '@relais/ui/api';
import { lazyNaaTokenProvider, type NaaScript } from '@relais/ui/auth/lazy-naa';
import type { NaaConfig } from '@relais/ui/auth/naa';

/** The tabs' MSAL bundle (the `tab-naa-sign-in` script), loaded on first use. */
const TAB_NAA_SCRIPT: NaaScript = {
  name: 'tab-naa-sign-in',
  messages: {
    timeout: 'The sign-in component did not load.',
    missing: 'The sign-in component did not load.',
    download: 'The sign-in component could not be downloaded.',
  },
};

/** Nested app authentication for the tabs, with MSAL fetched the first time a token is asked for. */
export const tabNaaTokenProvider = (config: NaaConfig): TokenProvider => lazyNaaTokenProvider(TAB_NAA_SCRIPT, config);
