import type { CodeOfStatus } from '@relais/domain';
import type { z } from 'zod';

/** The groups the OpenAPI document files operations under (its `tags`, each described there). */
export const apiTags = {
  system: 'Health, this document, sign-in configuration and reference data.',
  tiers: 'Organisations and persons: create, read, update, search, the client card and dated facts.',
  matching: 'Likely duplicates: matching a draft, merging, the stewards’ review list.',
  relations: 'Relation types and the relations between tiers.',
  interactions: 'E-mails, meetings and calls logged against tiers (idempotent on their source).',
  tasks: 'Follow-ups: open and done tasks, assigned to Relais users.',
  'change-requests': 'Reference-data change requests and their approval.',
  persons: 'A person’s rights (GDPR): consents, access export, erasure.',
  audit: 'Who did what to which record (admins).',
  segments: 'Saved segment rules, their members and CSV export.',
  reports: 'Activity reports, the weekly digest and the scoring rules.',
  jobs: 'Long work followed by polling (erasure, exports, imports, large merges, retention, repair) and the background work parked after its retries (admins).',
  imports: 'Importing an existing client base from CSV (stewards).',
  bot: 'The Teams bot endpoint.',
  suggestions: 'Suggested logs: opt-in capture of the rep’s mail and meetings with known clients, offered for filing in one click, and Microsoft Graph’s notifications.',
} as const;
export type ApiTag = keyof typeof apiTags;

export type SuccessStatus = 200 | 201 | 202 | 204;
/** The problem statuses a route may answer besides those every route of its kind answers (see openapi.ts). */
export type ProblemStatus = 400 | 403 | 404 | 409 | 410 | 412 | 413 | 415 | 422 | 428 | 503;
export type ResponseHeader = 'ETag' | 'Location' | 'Content-Disposition' | 'X-Relais-Default';

export type SuccessDoc = {
  description: string;
  /** The JSON body; a CSV or another media type says so with `media`. Absent for 204. */
  schema?: z.ZodType;
  media?: 'text/csv' | 'text/plain';
  headers?: readonly ResponseHeader[];
};

/**
 * What the OpenAPI document says of a route. Required on every route, so a route cannot be added
 * without its contract: request body, query and header parameters, every success answer with its
 * schema and headers, and the problems (with their codes) it answers beyond the common ones.
 */
export type RouteDocs = {
  summary: string;
  description?: string;
  tag: ApiTag;
  /** The JSON request body (`required` unless `bodyOptional`), or a CSV upload. */
  body?: z.ZodType | 'text/csv';
  bodyOptional?: boolean;
  /** The query parameters, as the zod object the use case parses them with. */
  query?: z.ZodObject;
  /** `If-Match` with the ETag read: required (428 without it, 412 when stale) or honoured when sent. */
  ifMatch?: 'required' | 'optional';
  /** `Idempotency-Key`: a repeat with the same key answers the first result. */
  idempotencyKey?: boolean;
  responses: { [S in SuccessStatus]?: SuccessDoc };
  /** Route-specific problems by status, each with the codes it carries. */
  problems?: { [S in ProblemStatus]?: readonly CodeOfStatus<S>[] };
  /** A typical request body and answer, shown by documentation tools. */
  example?: { request?: unknown; response?: unknown };
};
