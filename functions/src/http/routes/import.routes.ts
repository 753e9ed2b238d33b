import type { HttpRequest } from '@azure/functions';
import {
  DomainError,
  ImportMapping,
  ImportMappingPatch,
  importItems,
  importPresetOf,
  importProgress,
  legacyCrmMapping,
  parseInput,
  requireSteward,
  summarizeImport,
  type ImportColumns,
} from '@relais/domain';
import { importCsv } from '../../import/import-csv';
import { HttpError, queryObject } from '../request-body';
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

const jsonOf = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError('REQUEST.INVALID', 'invalid', 'The mapping is not valid JSON.', [{ path: 'mapping', message: 'Expected a JSON mapping.' }]);
  }
};

/** `?from=hubspot|salesforce|pipedrive` picks a vendor preset (`?mapping=` then adds columns); else `?mapping=` or the French legacy export. */
const columnsOf = (request: HttpRequest): ImportColumns => {
  const from = request.query.get('from');
  const text = request.query.get('mapping');
  if (from !== null) {
    const preset = importPresetOf(from);
    return { preset, ...(text ? { patch: parseInput(ImportMappingPatch, jsonOf(text)) } : {}) };
  }
  return text ? parseInput(ImportMapping, jsonOf(text)) : legacyCrmMapping;
};

export const importRoutes: Route[] = [
  {
    name: 'imports-create',
    docs: {
      summary:
        'Import a CSV client base (text/csv; ?dryRun=true, ?from=hubspot|salesforce|pipedrive, ?mapping=<JSON>); returns the quality report, its summary and the first page of items (stewards)',
    },
    method: 'POST',
    path: 'imports',
    maxBodyBytes: IMPORT_MAX_BYTES,
    handler: async (request, { deps, caller, lang }) => {
      requireSteward(caller);
      const mapping = columnsOf(request);
      const chunks = await readCsvBody(request);
      async function* body(): AsyncGenerator<Uint8Array> {
        yield* chunks;
      }
      const report = await importCsv(deps, body, { caller, lang, mapping, dryRun: request.query.get('dryRun') === 'true' });
      return ok({ ...report, summary: summarizeImport(report, lang) });
    },
  },
  {
    name: 'imports-get',
    docs: { summary: "How far an import of a file went: records done, counts, complete (stewards)" },
    method: 'GET',
    path: 'imports/{importId}',
    handler: async (request, { deps, caller }) => ok(await importProgress(deps, caller, request.params.importId ?? '')),
  },
  {
    name: 'imports-items',
    docs: { summary: 'What became of each row of an import (or of its dry run, ?dryRun=true), by ids, a page at a time (stewards)', returns: 'ImportItemsPage' },
    method: 'GET',
    path: 'imports/{importId}/items',
    handler: async (request, { deps, caller, lang }) => ok(await importItems(deps, caller, request.params.importId ?? '', queryObject(request), lang)),
  },
];
