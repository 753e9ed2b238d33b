import type { TokenProvider } from '@relais/ui/api';
import { lazyNaaTokenProvider, type NaaScript } from '@relais/ui/auth/lazy-naa';
import type { NaaConfig } from '@relais/ui/auth/naa';

/** The pane's MSAL bundle (the `addin-naa-sign-in` script), fetched while the pane renders. */
const PANE_NAA_SCRIPT: NaaScript = {
  name: 'addin-naa-sign-in',
  messages: {
    timeout: 'The sign-in component did not load in time. Close and reopen the pane.',
    missing: 'The sign-in component did not load. Close and reopen the pane.',
    download: 'The sign-in component could not be downloaded. Check your connection and reopen the pane.',
  },
};

/** Nested app authentication for the pane, with MSAL fetched the first time a token is asked for. */
export const paneNaaTokenProvider = (config: NaaConfig): TokenProvider => lazyNaaTokenProvider(PANE_NAA_SCRIPT, config);
