import { createApiClient, type ApiClient, type TokenProvider, readClientConfig } from '@relais/ui/api';
import { demoUserFor, devTokenProvider } from '@relais/ui/auth/dev';
import { pickLanguage, type UiLanguage } from '@relais/ui/i18n';
import { tabNaaTokenProvider } from './naa-loader';
import { detectHost, type TabHost } from './teams-host';

export type TabSession = { host: TabHost; api: ApiClient; language: UiLanguage };

/**
 * Everything a tab page needs before it renders: where it runs, who signs in and in which
 * language (`?lang=`, else the Teams locale, else the browser's). With an Entra app configured:
 * MSAL nested app authentication (brokered by Teams; MSAL's own sign-in in a plain browser). In
 * local mode: the dev issuer, playing the demo user `?user=`.
 */
export const openSession = async (): Promise<TabSession> => {
  const params = new URLSearchParams(window.location.search);
  const baseUrl = window.location.origin;
  // Without an answer the page assumes local mode; in production the dev sign-in then fails in words.
  const [host, config = { auth: 'dev' as const }] = await Promise.all([detectHost(), readClientConfig(baseUrl)]);
  const language = pickLanguage(
    params.get('lang') ?? (host.kind === 'teams' ? host.locale : navigator.language),
  );
  const provider: TokenProvider =
    config.auth === 'naa'
      ? tabNaaTokenProvider({
          clientId: config.clientId,
          scopes: config.scopes,
          ...(config.authority && { authority: config.authority }),
        })
      : devTokenProvider(baseUrl, demoUserFor(params.get('user')));
  return { host, api: createApiClient({ baseUrl, getToken: signInEarly(provider), language }), language };
};

/**
 * Starts signing in now, while the page loads its strings and renders, and hands that first token
 * to the first request instead of asking again: one round trip less before the first data.
 */
const signInEarly = (provider: TokenProvider): TokenProvider => {
  let early: Promise<string> | undefined = provider();
  early.catch(() => undefined);
  return (options) => {
    const first = early;
    early = undefined;
    return first && !options?.forceRefresh ? first : provider(options);
  };
};
