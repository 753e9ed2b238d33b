import type { HttpRequest } from '@azure/functions';
import { DomainError, ImportMapping, legacyCrmMapping, parseInput, requireSteward, summarizeImport } from '@relais/domain';
import { ImportReportAnswer } from '@relais/domain';
import { z } from 'zod';
import { importCsv } from '../../import/import-csv';
import { HttpError } from '../request-body';
import { ok } from '../responses';
import type { Route } from '../route';

/** Larger files go through the CLI (`npm run import`), which streams from disk without a limit. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

const readCsvBody = async (request: HttpRequest): Promise<Uint8Array[]> => {
  if (!/^(text\/csv|application\/csv|text\/plain)\b/i.test(request.headers.get('content-type') ?? ''))
    throw new HttpError(415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Send the file as text/csv.');
  if (Number(request.headers.get('content-length') ?? '0') > IMPORT_MAX_BYTES)
    throw new HttpError(413, 'REQUEST.TOO_LARGE', `The file exceeds ${IMPORT_MAX_BYTES} bytes; use the CLI (npm run import) for larger files.`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body ?? []) {
    size += chunk.length;
    if (size > IMPORT_MAX_BYTES) throw new HttpError(413, 'REQUEST.TOO_LARGE', `The file exceeds ${IMPORT_MAX_BYTES} bytes; use the CLI (npm run import) for larger files.`);
    chunks.push(chunk);
  }
  if (size === 0) throw new DomainError('REQUEST.EMPTY_BODY', 'invalid', 'The request needs a CSV body.', [{ path: '(body)', message: 'Empty body.' }]);
  return chunks;
};

const mappingOf = (request: HttpRequest): ImportMapping => {
  const text = request.query.get('mapping');
  if (!text) return legacyCrmMapping;
  try {
    return parseInput(ImportMapping, JSON.parse(text));
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('REQUEST.INVALID', 'invalid', 'The mapping is not valid JSON.', [{ path: 'mapping', message: 'Expected a JSON mapping.' }]);
  }
};

/** Read by hand below (the mapping is JSON in a parameter); declared for the contract. */
const ImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).optional().describe('`true`: check and report without writing anything.'),
  mapping: z.string().max(20_000).optional().describe('An ImportMapping as JSON: which column holds what (default: the legacy CRM export).'),
});

export const importRoutes: Route[] = [
  {
    name: 'imports-create',
    docs: { summary: 'Import a CSV client base and report on its quality (stewards)', tag: 'imports', body: 'text/csv', query: ImportQuery, responses: { 200: { description: 'The quality report.', schema: ImportReportAnswer } }, problems: { 400: ['REQUEST.INVALID', 'IMPORT.COLUMNS_MISSING'], 403: ['DUPLICATES.FORBIDDEN'] } },
    method: 'POST',
    path: 'imports',
    maxBodyBytes: IMPORT_MAX_BYTES,
    handler: async (request, { deps, caller, lang }) => {
      requireSteward(caller);
      const mapping = mappingOf(request);
      const chunks = await readCsvBody(request);
      async function* body(): AsyncGenerator<Uint8Array> {
        yield* chunks;
      }
      const report = await importCsv(deps, body, { caller, lang, mapping, dryRun: request.query.get('dryRun') === 'true' });
      return ok({ ...report, summary: summarizeImport(report, lang) });
    },
  },
];
