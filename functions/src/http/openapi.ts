import '@relais/domain';
import { z } from 'zod';
import { routeTable } from './route-table';

const Problem = {
  type: 'object',
  properties: {
    type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, code: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
  },
};

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** OpenAPI 3.1 from the route table and the domain's zod schemas (their `meta({ id })` names the components). */
export const buildOpenApi = (): unknown => {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any', io: 'input' }) as {
    schemas: Record<string, unknown>;
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routeTable) {
    const path = `/api/${route.path}`;
    const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      operationId: route.name,
      summary: route.docs?.summary ?? route.name.replace(/-/g, ' '),
      ...(route.access === 'public' ? { security: [] } : {}),
      ...(params.length > 0 ? { parameters: params } : {}),
      ...(route.docs?.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(route.docs.body) } } } } : {}),
      responses: {
        [String(route.docs?.status ?? 200)]: {
          description: route.docs?.status === 202 ? 'Accepted: the job, followed at the Location header (GET /api/jobs/{id})' : 'OK',
          content: { 'application/json': { schema: route.docs?.returns ? ref(route.docs.returns) : {} } },
        },
        default: { description: 'Problem', content: { 'application/problem+json': { schema: ref('Problem') } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Relais API', version: '0.1.0', description: 'The HTTP contract of Relais, a B2B CRM in Outlook and Teams.' },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths,
    components: { schemas: { ...schemas, Problem }, securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
  };
};
