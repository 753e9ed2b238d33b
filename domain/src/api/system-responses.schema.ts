import { z } from 'zod';
import type { ReferenceFunction } from '../catalogue/reference-functions';
import { listSchema } from './page.schema';
import type { Assert, SameShape } from './same-shape';

export const Health = z
  .object({
    status: z.literal('ok'),
    storage: z.enum(['azurite', 'azure']),
    checks: z.record(z.string(), z.enum(['ok', 'unavailable'])).describe('Each store probed (tables, queues) and how it answered.'),
  })
  .meta({ id: 'Health' });
export const DevToken = z.object({ token: z.string().describe('A JWT signed by the dev issuer, for `Authorization: Bearer`.') }).meta({ id: 'DevToken' });
export const OpenApiDocument = z.record(z.string(), z.unknown()).meta({ id: 'OpenApiDocument', description: 'This OpenAPI 3.1 document.' });

const ReferenceFunctionSchema = z.object({ id: z.string(), fr: z.string(), en: z.string() });
export type ReferenceFunctionMatches = Assert<SameShape<z.output<typeof ReferenceFunctionSchema>, ReferenceFunction>>;
export const ReferenceFunctionList = listSchema(ReferenceFunctionSchema).meta({ id: 'ReferenceFunctionList' });

export const FactDefinitionList = listSchema(
  z.object({
    name: z.string(),
    label: z.object({ fr: z.string(), en: z.string() }),
    staleAfterDays: z.number().int(),
    values: z.record(z.string(), z.unknown()).describe('The JSON Schema of the values the fact takes.'),
  }),
).meta({ id: 'FactDefinitionList' });

/**
 * What a page needs before it can sign in: dev tokens locally, or the Entra app registration for
 * nested app authentication (client id and scope are not secrets).
 */
export const ClientConfig = z
  .discriminatedUnion('auth', [
    z.object({ auth: z.literal('dev') }),
    z.object({ auth: z.literal('naa'), clientId: z.string(), scopes: z.array(z.string()), authority: z.string().optional() }),
  ])
  .meta({ id: 'ClientConfig' });
export type ClientConfig = z.infer<typeof ClientConfig>;
