import { readEnv } from '../config';
import { botSettingsOf } from './approvals-from-env';

const AZURITE = 'UseDevelopmentStorage=true';
const ENTRA = { RELAIS_AUTH_MODE: 'entra', RELAIS_ENTRA_TENANT_ID: 'tenant', RELAIS_ENTRA_AUDIENCE: 'api://relais' };

describe('the bot the settings ask for', () => {
  it('the Agents Playground bot in dev mode only, acting as the configured demo user', () => {
    const dev = botSettingsOf(readEnv({ RELAIS_STORAGE_CONNECTION_STRING: AZURITE, RELAIS_BOT_PLAYGROUND: 'true' }));
    expect(dev?.playground).toEqual({ actAs: { userId: 'marc.dubois', name: 'Marc Dubois' } });
    expect(dev?.botFramework.serviceUrl).toBe('http://localhost:56150/_connector');
    expect(botSettingsOf(readEnv({ ...ENTRA, RELAIS_STORAGE_CONNECTION_STRING: AZURITE, RELAIS_BOT_PLAYGROUND: 'true' }))).toBeUndefined();
    expect(botSettingsOf(readEnv({ RELAIS_STORAGE_CONNECTION_STRING: AZURITE }))).toBeUndefined();
  });

  it('a registered bot always takes the Bot Framework token, RELAIS_BOT_PLAYGROUND or not', () => {
    const registered = botSettingsOf(readEnv({ RELAIS_STORAGE_CONNECTION_STRING: AZURITE, RELAIS_BOT_PLAYGROUND: 'true', RELAIS_BOT_APP_ID: 'app', RELAIS_BOT_APP_PASSWORD: 'secret' }));
    expect(registered?.appId).toBe('app');
    expect(registered).not.toHaveProperty('playground');
  });

  it("refuses a Playground connector that is not on this machine", () => {
    expect(() => readEnv({ RELAIS_STORAGE_CONNECTION_STRING: AZURITE, RELAIS_BOT_PLAYGROUND: 'true', RELAIS_BOT_PLAYGROUND_SERVICE_URL: 'https://playground.example/_connector' })).toThrow(
      /RELAIS_BOT_PLAYGROUND_SERVICE_URL: the Agents Playground runs on this machine/,
    );
  });
});
