import { UnsecuredJWT } from 'jose';
import { startJsonServer } from './json-server';

/**
 * Microsoft Entra ID's token endpoint for the client-credentials grant
 * (`POST /{tenant}/oauth2/v2.0/token`): hands out a token to any client with the expected secret.
 */
export const startFakeEntra = async (clientSecret: string) => {
  let issued = 0;
  const server = await startJsonServer(({ method, path, body }) => {
    const tenant = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path)?.[1];
    const form = (body ?? {}) as Record<string, string>;
    if (method !== 'POST' || !tenant) return { status: 404, body: { error: 'not_found' } };
    if (form.grant_type !== 'client_credentials' || form.client_secret !== clientSecret)
      return { status: 401, body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' } };
    issued += 1;
    const accessToken = new UnsecuredJWT({ aud: form.scope?.replace(/\/\.default$/, ''), appid: form.client_id, tid: tenant, n: issued })
      .setIssuedAt()
      .setExpirationTime('1h')
      .encode();
    return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, access_token: accessToken } };
  });
  return { ...server, issued: () => issued };
};
