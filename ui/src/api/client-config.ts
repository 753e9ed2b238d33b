import { body, createApiClient } from './api-client';
import type { ClientConfig } from './relais-api.generated';

export type { ClientConfig };

/**
 * How pages sign in, as the API says (`GET /api/client-config`, public): dev tokens against a local
 * `npm start`, or the Entra app registration for nested app authentication. Undefined when the API
 * cannot be reached; each page decides what that means.
 */
export const readClientConfig = (baseUrl: string): Promise<ClientConfig | undefined> =>
  body(createApiClient({ baseUrl }).GET('/api/client-config')).catch(() => undefined);
