import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApi } from '../functions/src/http/openapi';

/** The clients' types, generated from the OpenAPI document the route table publishes. */
export const API_TYPES_FILE = resolve(__dirname, '..', 'ui', 'src', 'api', 'relais-api.generated.ts');

const HEADER = '// Generated from GET /api/openapi.json by `npm run api:types`; do not edit.\n\n';

const generate = async (): Promise<string> => {
  const ast = await openapiTS(JSON.stringify(buildOpenApi()), { rootTypes: true, rootTypesNoSchemaPrefix: true, defaultNonNullable: false });
  return HEADER + astToString(ast);
};

/** `npm run api:types` writes the file; `-- --check` fails when the checked-in file is out of date. */
const main = async () => {
  const fresh = await generate();
  if (process.argv.includes('--check')) {
    const current = await readFile(API_TYPES_FILE, 'utf8').catch(() => '');
    if (current !== fresh) {
      console.error(`${API_TYPES_FILE} is out of date with the route table: run npm run api:types.`);
      process.exit(1);
    }
    console.log('The API types are up to date.');
    return;
  }
  await writeFile(API_TYPES_FILE, fresh);
  console.log(`Wrote ${API_TYPES_FILE}.`);
};

void main();
