import { LikelyDuplicateProblem, Problem, statusOfCode, type ErrorCode } from '@relais/domain';
import { z } from 'zod';
import { apiTags, type RouteDocs, type SuccessStatus } from './route-docs';
import type { Route } from './route';
import { routeTable } from './route-table';

type Json = Record<string, unknown>;
type Io = 'input' | 'output';

const COMPONENTS = '#/components/schemas/';
const INPUT = 'Input';

const titles: Record<number, string> = {
  400: 'Bad request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found', 409: 'Conflict', 410: 'Gone', 412: 'Precondition failed',
  413: 'Payload too large', 415: 'Unsupported media type', 422: 'Unprocessable content', 428: 'Precondition required', 429: 'Too many requests',
  503: 'Service unavailable',
};

const pascal = (name: string) => name.replace(/(^|[-_/.])(\w)/g, (_m, _s, c: string) => c.toUpperCase());

/** Every schema the document names, by id: the domain's (`meta({ id })`) and, named after their route, the docs' own. */
const namedSchemas = (routes: readonly Route[]) => {
  const ids = new Map<z.ZodType, string>();
  for (const [id, schema] of z.globalRegistry._idmap) ids.set(schema as z.ZodType, id);
  const name = (schema: z.ZodType, fallback: string) => {
    if (!ids.has(schema)) ids.set(schema, fallback);
    return ids.get(schema)!;
  };
  // Every problem answer refers to these, though no route names them in its docs.
  name(Problem, 'Problem');
  name(LikelyDuplicateProblem, 'LikelyDuplicateProblem');
  for (const route of routes) {
    const { body, query, responses } = route.docs;
    if (body && body !== 'text/csv') name(body, `${pascal(route.name)}Request`);
    if (query) name(query, `${pascal(route.name)}Query`);
    for (const [status, response] of Object.entries(responses)) if (response?.schema) name(response.schema, `${pascal(route.name)}${status}`);
  }
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of ids) registry.add(schema, { id });
  return { registry, idOf: (schema: z.ZodType) => ids.get(schema)! };
};

const withoutSchemaIds = (schemas: Record<string, unknown>): Record<string, Json> =>
  Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as Json;
      return [id, rest];
    }),
  );

const renameRefs = (value: unknown, rename: (ref: string) => string): unknown => {
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, rename));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? rename(v) : renameRefs(v, rename)]));
};

const refsIn = (value: unknown, found = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith(COMPONENTS)) found.add(v.slice(COMPONENTS.length));
      else refsIn(v, found);
    }
  return found;
};

/**
 * The components as requests send them (`io: input`: defaults optional, before transforms) and as
 * responses return them (`io: output`). A schema that reads the same both ways is one component;
 * one that differs is published twice, its request side suffixed `Input`.
 */
const components = (registry: z.core.$ZodRegistry<{ id: string }>) => {
  const convert = (io: Io, suffix: string) =>
    withoutSchemaIds(z.toJSONSchema(registry, { io, unrepresentable: 'any', uri: (id) => `${COMPONENTS}${id}${suffix}` }).schemas);
  const output = convert('output', '');
  const input = convert('input', INPUT);
  const plain = (ref: string) => (ref.endsWith(INPUT) ? ref.slice(0, -INPUT.length) : ref);
  const same = new Set(Object.keys(output).filter((id) => JSON.stringify(renameRefs(input[id], plain)) === JSON.stringify(output[id])));
  // A schema reads the same both ways only if everything it refers to does too.
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of same)
      if ([...refsIn(input[id])].some((ref) => !same.has(plain(ref)))) {
        same.delete(id);
        changed = true;
      }
  }
  const inputRef = (ref: string) => (same.has(plain(ref.slice(COMPONENTS.length))) ? plain(ref) : ref);
  const all: Record<string, Json> = { ...output };
  for (const [id, schema] of Object.entries(input)) if (!same.has(id)) all[`${id}${INPUT}`] = renameRefs(schema, inputRef) as Json;
  return {
    all,
    ref: (id: string, io: Io) => ({ $ref: `${COMPONENTS}${io === 'input' && !same.has(id) ? `${id}${INPUT}` : id}` }),
    inputSchema: (id: string) => renameRefs(input[id], inputRef) as Json,
  };
};

const codesList = (codes: readonly string[]) => codes.map((c) => `\`${c}\``).join(', ');

const problemResponse = (status: number, codes: readonly string[]) => ({
  description: codes.length > 0 ? `${titles[status]}: ${codesList(codes)}.` : `${titles[status]}.`,
  ...(status === 401 ? { headers: { 'WWW-Authenticate': { $ref: '#/components/headers/WWW-Authenticate' } } } : {}),
  ...(status === 429 || status === 503 ? { headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' } } } : {}),
  content: {
    'application/problem+json': {
      schema: { $ref: `${COMPONENTS}${codes.includes('TIER.LIKELY_DUPLICATE') ? 'LikelyDuplicateProblem' : 'Problem'}` },
      example: {
        type: `https://relais.dev/problems/${(codes[0] ?? 'error').toLowerCase().replace(/[._]/g, '-')}`,
        title: titles[status],
        status,
        detail: titles[status],
        code: codes[0] ?? `HTTP.${status}`,
        errors: [],
        ...(codes.includes('TIER.LIKELY_DUPLICATE') ? { candidates: [] } : {}),
      },
    },
  },
});

/** The problems a route answers because of what it is (signed in, with a body, a query, If-Match), with its own. */
const problemsOf = (route: Route): Map<number, ErrorCode[]> => {
  const { docs } = route;
  const problems = new Map<number, ErrorCode[]>();
  // Each code is filed under the status the catalogue gives it, so the document cannot disagree with the answers.
  const add = (...codes: readonly ErrorCode[]) => {
    for (const code of codes) problems.set(statusOfCode(code), [...new Set([...(problems.get(statusOfCode(code)) ?? []), code])]);
  };
  if (docs.body) {
    add(...(docs.body === 'text/csv' ? [] : (['REQUEST.INVALID', 'REQUEST.MALFORMED_JSON'] as const)), 'REQUEST.EMPTY_BODY');
    add('REQUEST.TOO_LARGE');
    add('REQUEST.UNSUPPORTED_MEDIA_TYPE');
  }
  if (docs.query || docs.idempotencyKey) add('REQUEST.INVALID');
  if (docs.ifMatch) add('CONCURRENCY.STALE');
  if (docs.ifMatch === 'required') add('CONCURRENCY.IF_MATCH_REQUIRED');
  for (const codes of Object.values(docs.problems ?? {})) add(...(codes ?? []));
  if (route.access !== 'public') {
    add('AUTH.MISSING_TOKEN', 'AUTH.INVALID_TOKEN');
    add('AUTH.NO_ROLE', 'AUTH.MISSING_SCOPE');
    add('RATE.LIMITED');
    add('STORAGE.UNAVAILABLE');
  }
  return new Map([...problems].sort(([a], [b]) => a - b));
};

const describeOperation = (route: Route): string =>
  [
    route.docs.description ?? `${route.docs.summary}.`,
    route.access === 'public' ? 'Public: no token needed.' : 'Needs a bearer token; a tier the caller may not see answers 404.',
    route.docs.ifMatch === 'required' ? 'Send the ETag read in `If-Match` (428 without it, 412 when stale; nothing is written then).' : '',
    route.docs.ifMatch === 'optional' ? '`If-Match` is honoured when sent (412 when stale).' : '',
    route.docs.idempotencyKey ? 'A repeat with the same `Idempotency-Key` answers the first result.' : '',
  ]
    .filter(Boolean)
    .join(' ');

const pathParameters = (route: Route) =>
  [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    description: name === 'id' ? 'The opaque id the server gave the resource.' : `The ${name}.`,
    schema: { type: 'string', minLength: 1, maxLength: 100 },
  }));

/** What the query parameters mean, where their schema does not say it itself. */
const parameterWords: Record<string, string> = {
  q: 'The words to search for (each matches the start of a word of a name, accent- and case-insensitive), or an e-mail, a phone, a SIREN or a SIRET.',
  kind: 'Only organisations or only persons; with `id`, what the source is.',
  limit: 'How many items a page holds.',
  cursor: 'The `nextCursor` of the previous page; absent for the first page.',
  status: 'Only items in this status.',
  assignee: 'Whose tasks: `me` (the default) or a user id (managers, stewards and admins).',
  asOf: 'Evaluate as of this date (default: now).',
  from: 'The first day of the period (included).',
  to: 'The day after the period (excluded).',
  groupBy: 'How rows are grouped.',
  rep: 'Only this rep’s activity.',
  lang: 'The language of the words in the answer (`fr` or `en`), overriding Accept-Language.',
  medium: 'Only interactions by this medium.',
  direction: 'Only inbound or only outbound interactions.',
  tierId: 'Only those about this tier.',
  userId: 'Only those by this user.',
  mine: 'Only those the caller requested, or those waiting for the caller’s decision.',
  minScore: 'Only pairs scoring at least this much.',
  eventId: 'The Outlook event id of the meeting.',
  id: 'The source’s id: the e-mail’s `internetMessageId` or the meeting’s `iCalUId`.',
  day: 'A day of the week to report on (default: last week).',
};

const queryParameters = (schema: Json | undefined) => {
  const properties = (schema?.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema?.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, { description, ...property }]) => ({
    name,
    in: 'query',
    required: required.has(name),
    description: (description as string | undefined) ?? parameterWords[name] ?? `The \`${name}\` parameter.`,
    schema: property,
  }));
};

const headerParameters = (docs: RouteDocs) => [
  ...(docs.ifMatch ? [{ $ref: `#/components/parameters/${docs.ifMatch === 'required' ? 'IfMatchRequired' : 'IfMatch'}` }] : []),
  ...(docs.idempotencyKey ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
  { $ref: '#/components/parameters/AcceptLanguage' },
];

const headerDocs = {
  ETag: { description: 'The version read; send it back in `If-Match` to change the resource.', schema: { type: 'string' } },
  Location: { description: 'Where the created resource is.', schema: { type: 'string' } },
  'Content-Disposition': { description: 'The file name to save the answer under.', schema: { type: 'string' } },
  'X-Relais-Default': { description: '`true` while the built-in rules are in force (none saved yet).', schema: { type: 'string', enum: ['true', 'false'] } },
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 0 } },
  'WWW-Authenticate': { description: 'Always `Bearer`.', schema: { type: 'string' } },
};

const parameterDocs = {
  IfMatch: { name: 'If-Match', in: 'header', required: false, description: 'The ETag read; honoured when sent (412 when stale).', schema: { type: 'string' } },
  IfMatchRequired: {
    name: 'If-Match',
    in: 'header',
    required: true,
    description: 'The ETag read (428 without it, 412 when stale, nothing written).',
    schema: { type: 'string' },
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description: 'Any unique string of 1 to 200 characters; a repeat with the same key answers the first result instead of creating again.',
    schema: { type: 'string', minLength: 1, maxLength: 200 },
  },
  AcceptLanguage: {
    name: 'Accept-Language',
    in: 'header',
    required: false,
    description: 'French (`fr`) or English (anything else) for the words in answers and problems; `?lang=fr` does the same.',
    schema: { type: 'string', examples: ['fr-FR', 'en'] },
  },
};

/** The document's `paths` entry of one route. */
const operation = (route: Route, schemas: ReturnType<typeof components>, idOf: (schema: z.ZodType) => string) => {
  const { docs } = route;
  const json = (schema: z.ZodType, io: Io, example: unknown) => ({
    'application/json': { schema: schemas.ref(idOf(schema), io), ...(example === undefined ? {} : { example }) },
  });
  const requestBody =
    docs.body === 'text/csv'
      ? { required: true, content: { 'text/csv': { schema: { type: 'string', description: 'The CSV file (UTF-8 or Windows-1252, `;` or `,`).' } } } }
      : docs.body
        ? { required: docs.bodyOptional !== true, content: json(docs.body, 'input', docs.example?.request) }
        : undefined;
  const successes = Object.entries(docs.responses) as [`${SuccessStatus}`, NonNullable<RouteDocs['responses'][SuccessStatus]>][];
  const responses: Record<string, unknown> = {};
  successes.forEach(([status, response], index) => {
    const headers = Object.fromEntries((response.headers ?? []).map((h) => [h, { $ref: `#/components/headers/${h}` }]));
    const example = index === 0 ? docs.example?.response : undefined;
    responses[status] = {
      description: response.description,
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      ...(response.media
        ? { content: { [response.media]: { schema: { type: 'string' } } } }
        : response.schema
          ? { content: json(response.schema, 'output', example) }
          : {}),
    };
  });
  for (const [status, codes] of problemsOf(route)) responses[String(status)] = problemResponse(status, codes);
  return {
    operationId: route.name,
    summary: docs.summary,
    description: describeOperation(route),
    tags: [docs.tag],
    ...(route.access === 'public' ? { security: [] } : {}),
    parameters: [...pathParameters(route), ...queryParameters(docs.query && schemas.inputSchema(idOf(docs.query))), ...headerParameters(docs)],
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
};

/**
 * Only what an operation reaches, so the document has no unused component; a schema only requests
 * use keeps its plain name (`TierDraft`, not `TierDraftInput`).
 */
const reachable = (all: Record<string, Json>, paths: Json): { schemas: Record<string, Json>; paths: Json } => {
  const keep = new Set<string>();
  const visit = (value: unknown) => {
    for (const id of refsIn(value))
      if (!keep.has(id) && all[id]) {
        keep.add(id);
        visit(all[id]);
      }
  };
  visit(paths);
  const plainName = (id: string) => (id.endsWith(INPUT) && !keep.has(id.slice(0, -INPUT.length)) ? id.slice(0, -INPUT.length) : id);
  const rename = (ref: string) => (ref.startsWith(COMPONENTS) ? `${COMPONENTS}${plainName(ref.slice(COMPONENTS.length))}` : ref);
  const schemas = [...keep].sort().map((id) => [plainName(id), renameRefs(all[id], rename) as Json] as const);
  return { schemas: Object.fromEntries(schemas.sort(([a], [b]) => a.localeCompare(b))), paths: renameRefs(paths, rename) as Json };
};

/** OpenAPI 3.1 from the route table and the domain's zod schemas (their `meta({ id })` names the components). */
export const buildOpenApi = (routes: readonly Route[] = routeTable): Json => {
  const { registry, idOf } = namedSchemas(routes);
  const schemas = components(registry);
  const operations: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (operations[`/api/${route.path}`] ??= {})[route.method.toLowerCase()] = operation(route, schemas, idOf);
  const { schemas: used, paths } = reachable(schemas.all, operations);
  const tags = [...new Set(routes.map((r) => r.docs.tag))].map((name) => ({ name, description: apiTags[name] }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Relais API',
      version: '0.1.0',
      description:
        'The HTTP contract of Relais, a B2B CRM in Outlook and Teams. Errors are RFC 9457 problem+json with a stable `code`; every single resource carries an `ETag`; lists page with `?limit=&cursor=` → `{ items, nextCursor }`.',
      contact: { name: 'Relais', url: 'https://relais.dev' },
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: '/', description: 'The host serving this document.' }],
    security: [{ bearer: [] }],
    tags,
    paths,
    components: {
      schemas: used,
      parameters: parameterDocs,
      headers: headerDocs,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'A Microsoft Entra ID access token for the Relais API (scope `access_as_user`); locally, one from `POST /api/dev/token`.',
        },
      },
    },
  };
};
