/**
 * How pages sign in, as the API says (`GET /api/client-config`, shared with the Outlook pane): dev
 * tokens against a local `npm start`, or the Entra app registration for nested app authentication.
 */
export type ClientConfig =
  { auth: 'dev' } | { auth: 'naa'; clientId: string; scopes: string[]; authority?: string };

/** Without an answer the page assumes local mode; in production the dev sign-in then fails in words. */
export const readClientConfig = (origin: string): Promise<ClientConfig> =>
  fetch(new URL('/api/client-config', origin)).then(
    (response) => (response.ok ? (response.json() as Promise<ClientConfig>) : { auth: 'dev' as const }),
    () => ({ auth: 'dev' as const }),
  );
