import { Client, GraphError, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import type { ApproverDirectory, DirectoryUser, ManagerLookup } from '@relais/domain';
import { BearerTokenMiddleware } from './bearer-token.middleware';
import type { TokenProvider } from './client-credentials';

export type GraphDirectoryOptions = {
  /** `https://graph.microsoft.com/v1.0`; the last path segment is the API version. */
  baseUrl: string;
  /** The app-only scope, `https://graph.microsoft.com/.default`. */
  scope: string;
  token: TokenProvider;
  timeoutMs: number;
  log?: (message: string) => void;
};

type GraphUser = { id: string; displayName?: string | null; mail?: string | null; userPrincipalName?: string | null };

/** `https://host/prefix/v1.0` → the client's base URL (`https://host/prefix/`) and version (`v1.0`). */
export const splitBaseUrl = (baseUrl: string): { baseUrl: string; defaultVersion: string } => {
  const url = new URL(baseUrl);
  const segments = url.pathname.split('/').filter(Boolean);
  const defaultVersion = segments.pop() ?? 'v1.0';
  return { baseUrl: `${url.origin}/${segments.map((s) => `${s}/`).join('')}`, defaultVersion };
};

const toUser = (user: GraphUser): DirectoryUser => ({
  id: user.id,
  displayName: user.displayName ?? user.userPrincipalName ?? user.id,
  ...(user.mail ? { mail: user.mail } : {}),
});

/**
 * The approver directory over Microsoft Graph: `GET /users/{id}/manager` with an app-only token
 * (application permission User.Read.All). A 404 means the user has no manager; any other failure
 * (network, throttling, 5xx, a token refused) means the directory could not answer.
 */
export const createGraphDirectory = (options: GraphDirectoryOptions): ApproverDirectory => {
  const client = Client.initWithMiddleware({
    ...splitBaseUrl(options.baseUrl),
    middleware: [new BearerTokenMiddleware(() => options.token(options.scope)), new HTTPMessageHandler()],
  });
  return {
    managerOf: async (userId): Promise<ManagerLookup> => {
      try {
        const manager = (await client
          .api(`/users/${encodeURIComponent(userId)}/manager`)
          .select(['id', 'displayName', 'mail', 'userPrincipalName'])
          .option('signal', AbortSignal.timeout(options.timeoutMs))
          .get()) as GraphUser;
        return { kind: 'found', manager: toUser(manager) };
      } catch (error) {
        if (error instanceof GraphError && error.statusCode === 404) return { kind: 'none' };
        const reason = error instanceof GraphError ? `Graph answered ${error.statusCode} ${error.code ?? ''}`.trim() : String(error);
        options.log?.(`[relais] manager lookup for ${userId} failed: ${reason}`);
        return { kind: 'unavailable', reason };
      }
    },
  };
};
