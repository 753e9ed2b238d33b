import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { Calendar, Caller, ClientConfig, Deps, Language } from '@relais/domain';
import type { DelegatingUser, OnBehalfOf } from '../auth/on-behalf-of';
import type { HealthProbe } from '../health/health-probe';
import type { RouteDocs } from './route-docs';

/** What a handler gets besides the request: the composed dependencies, the caller and their language. */
export type RequestContext = { deps: Deps; caller: Caller; lang: Language; services: Services };

/** Adapters that are not domain ports (tokens, health) but that handlers may use. */
export type Services = {
  storageKind: 'azurite' | 'azure';
  /** What `GET /api/health` checks before it says ready: the tables, and any other store the app needs. */
  health: HealthProbe[];
  issueDevToken?: (claims: { userId: string; name: string; roles: string[]; teams?: string[]; email?: string }) => Promise<string>;
  openApi: () => unknown;
  /** How the pages sign in: dev tokens in local mode, nested app authentication in Entra mode. */
  clientConfig: ClientConfig;
  /** Microsoft Graph tokens on behalf of the signed-in user (Entra mode with an app secret); see auth/on-behalf-of.ts. */
  onBehalfOf?: OnBehalfOf;
  /** The signed-in user's calendar in Microsoft Graph, when Graph can be reached on their behalf. */
  calendarFor?: (user: DelegatingUser) => Calendar;
  /** The Teams bot, when one is registered: takes one Bot Framework request, returns the answer. */
  bot?: { handle: (request: { body: unknown; headers: Record<string, string>; peer?: string }) => Promise<{ status: number; body?: unknown }> };
};

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type Route = {
  /** A stable name: the Azure Function's name. */
  name: string;
  method: Method;
  /** Path under /api, with `{param}` segments, as Azure Functions route templates write them. */
  path: string;
  /** `public` routes need no token (health, OpenAPI, dev token in local mode). */
  access?: 'public';
  handler: (request: HttpRequest, context: RequestContext) => Promise<HttpResponseInit>;
  /** Bodies larger than the default (1 MB) this route accepts, such as a CSV import. */
  maxBodyBytes?: number;
  /** The route's contract in the OpenAPI document; required, so no route goes undocumented. */
  docs: RouteDocs;
};
