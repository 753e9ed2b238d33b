/**
 * How the tab signs in inside Teams: the Entra app (client) id and the API scope. They come with the
 * page — `?clientId=` on the tab URL (the manifest's and the saved content URLs) or a
 * `<meta name="relais-client-id">` the host may inject — so one build serves every tenant.
 */
export type AuthSettings = { clientId: string; scopes: string[] } | undefined;

const meta = (name: string): string | null => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || null;

export const readAuthSettings = (params: URLSearchParams): AuthSettings => {
  const clientId = params.get('clientId') ?? meta('relais-client-id');
  if (!clientId) return undefined;
  const scope = params.get('scope') ?? meta('relais-api-scope') ?? `api://${window.location.host}/${clientId}/access_as_user`;
  return { clientId, scopes: [scope] };
};

/** The query parameters a Relais page hands on to the pages it links to. */
export const carriedParams = ['user', 'lang', 'clientId', 'scope'] as const;
