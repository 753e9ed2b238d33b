import { createNestablePublicClientApplication, InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
import type { TokenProvider } from '../api/api-client';

export type NaaConfig = { clientId: string; authority?: string; scopes: string[] };

/** Raised when sign-in cannot complete silently or by popup; the message says what to do. */
export class SignInError extends Error {
  constructor(
    readonly reason: 'consent-required' | 'popup-blocked' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Microsoft Entra tokens through nested app authentication (the host — Outlook or Teams — brokers
 * them): silent first, one popup if interaction is needed, never a loop.
 */
export const naaTokenProvider = (config: NaaConfig): TokenProvider => {
  let app: Promise<IPublicClientApplication> | undefined;
  const client = () =>
    (app ??= createNestablePublicClientApplication({ auth: { clientId: config.clientId, authority: config.authority ?? 'https://login.microsoftonline.com/common' } }));
  return async ({ forceRefresh } = {}) => {
    const pca = await client();
    const request = { scopes: config.scopes, forceRefresh: forceRefresh ?? false };
    try {
      return (await pca.acquireTokenSilent({ ...request, account: pca.getActiveAccount() ?? undefined })).accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw new SignInError('failed', 'Sign-in failed. Close and reopen the pane, or contact your administrator.');
      try {
        const result = await pca.acquireTokenPopup(request);
        pca.setActiveAccount(result.account);
        return result.accessToken;
      } catch (popupError) {
        const text = String(popupError);
        if (/consent|AADSTS65001/i.test(text))
          throw new SignInError('consent-required', 'Relais needs an administrator to grant consent for your organisation.');
        if (/popup/i.test(text)) throw new SignInError('popup-blocked', 'The sign-in window was blocked. Allow pop-ups and try again.');
        throw new SignInError('failed', 'Sign-in failed. Please try again.');
      }
    }
  };
};
