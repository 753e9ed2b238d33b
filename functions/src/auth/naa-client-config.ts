import type { ClientConfig } from '@relais/domain';
import type { RelaisEnv } from '../config';

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

type NaaSettings = Pick<RelaisEnv, 'RELAIS_ENTRA_AUDIENCE' | 'RELAIS_ENTRA_SCOPE' | 'RELAIS_API_SCOPE'> &
  Partial<Pick<RelaisEnv, 'RELAIS_CLIENT_ID' | 'RELAIS_ENTRA_TENANT_ID'>>;

/**
 * What the pages need for nested app authentication. RELAIS_CLIENT_ID and RELAIS_API_SCOPE when
 * set; otherwise read from the audience the API already checks (`api://<host>/<client id>,<client
 * id>`), so a deployment needs no extra setting.
 */
export const naaClientConfigOf = (env: NaaSettings): ClientConfig => {
  const appIdUri = env.RELAIS_ENTRA_AUDIENCE.find((a) => a.startsWith('api://'));
  const clientId =
    env.RELAIS_CLIENT_ID ?? env.RELAIS_ENTRA_AUDIENCE.find((a) => GUID.test(a)) ?? appIdUri?.split('/').pop() ?? '';
  const scopes =
    env.RELAIS_API_SCOPE.length > 0 ? env.RELAIS_API_SCOPE : appIdUri ? [`${appIdUri}/${env.RELAIS_ENTRA_SCOPE}`] : [];
  const tenant = env.RELAIS_ENTRA_TENANT_ID;
  return {
    auth: 'naa',
    clientId,
    scopes,
    ...(tenant && { authority: `https://login.microsoftonline.com/${tenant}` }),
  };
};
