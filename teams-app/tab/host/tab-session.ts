import { createApiClient, type ApiClient, type TokenProvider } from '../../../ui/src/api/api-client';
import { demoUserFor, devTokenProvider } from '../../../ui/src/auth/dev-token-provider';
import { pickLanguage, type UiLanguage } from '../../../ui/src/i18n/language';
import { readAuthSettings } from './auth-settings';
import { lazyNaaTokenProvider } from './naa-loader';
import { detectHost, type TabHost } from './teams-host';

export type TabSession = { host: TabHost; api: ApiClient; language: UiLanguage; params: URLSearchParams };

/**
 * Everything a tab page needs before it renders: where it runs, who signs in and in which
 * language. In Teams: MSAL nested app authentication; in a plain browser (or a Teams without a
 * configured Entra app, e.g. a local sideload): the dev issuer, playing `?user=`.
 */
export const openSession = async (): Promise<TabSession> => {
  const params = new URLSearchParams(window.location.search);
  const host = await detectHost();
  const language = pickLanguage(params.get('lang') ?? (host.kind === 'teams' ? host.locale : navigator.language));
  const baseUrl = window.location.origin;
  const auth = host.kind === 'teams' ? readAuthSettings(params) : undefined;
  const getToken: TokenProvider = auth ? lazyNaaTokenProvider({ clientId: auth.clientId, scopes: auth.scopes }) : devTokenProvider(baseUrl, demoUserFor(params.get('user')));
  return { host, api: createApiClient({ baseUrl, getToken, language }), language, params };
};
