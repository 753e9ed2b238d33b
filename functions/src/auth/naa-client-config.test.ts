import { readEnv } from '../config';
import { naaClientConfigOf } from './naa-client-config';

describe('the sign-in configuration the pages read', () => {
  const id = 'c4e8a1f2-6b3d-4e5f-8a9b-0c1d2e3f4a55';
  const entra = (settings: Record<string, string>) =>
    readEnv({ RELAIS_AUTH_MODE: 'entra', RELAIS_STORAGE_ACCOUNT: 'relaisdata', ...settings });

  it('derives the client id and the scope from the audience the API checks', () => {
    expect(
      naaClientConfigOf(
        entra({ RELAIS_ENTRA_AUDIENCE: `api://relais.example/${id},${id}`, RELAIS_ENTRA_TENANT_ID: 'contoso.onmicrosoft.com' }),
      ),
    ).toEqual({
      auth: 'naa',
      clientId: id,
      scopes: [`api://relais.example/${id}/access_as_user`],
      authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    });
  });

  it('prefers the explicit settings', () => {
    expect(
      naaClientConfigOf(
        entra({
          RELAIS_CLIENT_ID: 'abc',
          RELAIS_API_SCOPE: 'api://x/abc/one, api://x/abc/two',
          RELAIS_ENTRA_AUDIENCE: `api://relais.example/${id}`,
        }),
      ),
    ).toEqual({
      auth: 'naa',
      clientId: 'abc',
      scopes: ['api://x/abc/one', 'api://x/abc/two'],
    });
  });
});
