import type { HttpRequest } from '@azure/functions';
import {
  DomainError,
  ImportItemsPage,
  ImportItemsQuery,
  ImportMapping,
  ImportMappingPatch,
  ImportProgressAnswer,
  JobView,
  importItems,
  importMappingFor,
  importPresetOf,
  importProgress,
  jobCallerOf,
  legacyCrmMapping,
  parseInput,
  requireSteward,
  runImport,
  startJob,
  type Caller,
  type Deps,
  type ImportColumns,
  type ImportRecord,
} from '@relais/domain';
import { z } from 'zod';
import { importIdOf } from '../../import/import-csv';
import { IMPORT_FILE } from '../../import/import-job.step';
import { readCsv } from '../../import/read-csv';
import { HttpError, idempotencyKey, queryObject } from '../request-body';
import { accepted, ok } from '../responses';
import type { Route } from '../route';

/** Larger files go through the CLI (`npm run import`), which streams from disk without a limit. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

const readCsvBody = async (request: HttpRequest): Promise<Uint8Array[]> => {
  if (!/^(text\/csv|application\/csv|text\/plain)\b/i.test(request.headers.get('content-type') ?? ''))
    throw new HttpError('REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Send the file as text/csv.');
  if (Number(request.headers.get('content-length') ?? '0') > IMPORT_MAX_BYTES)
    throw new HttpError('REQUEST.TOO_LARGE', `The file exceeds ${IMPORT_MAX_BYTES} bytes; use the CLI (npm run import) for larger files.`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body ?? []) {
    size += chunk.length;
    if (size > IMPORT_MAX_BYTES) throw new HttpError('REQUEST.TOO_LARGE', `The file exceeds ${IMPORT_MAX_BYTES} bytes; use the CLI (npm run import) for larger files.`);
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

async function* noRecords(): AsyncGenerator<ImportRecord> {}

/**
 * Stores the upload beside a new import job and queues it. What can be told now is told now: a
 * preset's layout is chosen by the header, the header is checked against the mapping (a dry run
 * over no row), and the records are counted for the job's progress.
 */
const startImport = async (deps: Deps, caller: Caller, chunks: Uint8Array[], options: { columns: ImportColumns; dryRun: boolean; key?: string }): Promise<JobView> => {
  async function* body(): AsyncGenerator<Uint8Array> {
    yield* chunks;
  }
  const { importId, bytes } = await importIdOf(body());
  const csv = await readCsv(body());
  const mapping = importMappingFor(options.columns, csv.header);
  await runImport(deps, { header: csv.header, records: noRecords(), file: () => ({ bytes, ...csv.info() }) }, { caller, lang: caller.lang ?? 'fr', mapping, dryRun: true, importId });
  let total = 0;
  for await (const _record of csv.records) total += 1;
  return startJob(deps, caller, {
    kind: 'import',
    input: { mapping, dryRun: options.dryRun, lang: caller.lang ?? 'fr', importId, bytes, caller: jobCallerOf(caller) },
    total,
    data: { name: IMPORT_FILE, bytes: Buffer.concat(chunks) },
    ...(options.key ? { idempotencyKey: options.key } : {}),
  });
};

/** Read by hand below (the mapping is JSON in a parameter); declared for the contract. */
const ImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).optional().describe('`true`: check and report without writing anything.'),
  from: z.enum(['hubspot', 'salesforce', 'pipedrive']).optional().describe("A vendor's export layout (companies or contacts, told by the header); `mapping` then adds the customer's own columns (an ImportMappingPatch)."),
  mapping: z.string().max(20_000).optional().describe('An ImportMapping as JSON: which column holds what (default: the legacy CRM export).'),
});

export const importRoutes: Route[] = [
  {
    name: 'imports-create',
    docs: {
      summary: 'Import a CSV client base and report on its quality (stewards)',
      description: 'The header is checked at once (400 when a mapped column is missing); the rows are imported by a job whose result is the quality report, its summary and the first page of items (the others at GET /api/imports/{importId}/items).',
      tag: 'imports',
      body: 'text/csv',
      query: ImportQuery,
      idempotencyKey: true,
      responses: { 202: { description: 'Accepted: the job, followed at its Location (GET /api/jobs/{id}); its result is the quality report (ImportReportAnswer)', schema: JobView, headers: ['Location'] } },
      problems: { 400: ['REQUEST.INVALID', 'IMPORT.COLUMNS_MISSING'], 403: ['DUPLICATES.FORBIDDEN'] },
    },
    method: 'POST',
    path: 'imports',
    maxBodyBytes: IMPORT_MAX_BYTES,
    handler: async (request, { deps, caller, lang }) => {
      requireSteward(caller);
      const columns = columnsOf(request);
      const chunks = await readCsvBody(request);
      return accepted(await startImport(deps, { ...caller, lang }, chunks, { columns, dryRun: request.query.get('dryRun') === 'true', key: idempotencyKey(request) }));
    },
  },
  {
    name: 'imports-get',
    docs: {
      summary: 'How far an import of a file went: records done, counts, complete (stewards)',
      tag: 'imports',
      responses: { 200: { description: 'The checkpoint of the file (its id is the report\'s importId)', schema: ImportProgressAnswer } },
      problems: { 400: ['REQUEST.INVALID'], 404: ['IMPORT.NOT_FOUND'] },
    },
    method: 'GET',
    path: 'imports/{importId}',
    handler: async (request, { deps, caller }) => ok(await importProgress(deps, caller, request.params.importId ?? '')),
  },
  {
    name: 'imports-items',
    docs: {
      summary: 'What became of each row of an import (or of its dry run, ?dryRun=true), by ids, a page at a time (stewards)',
      tag: 'imports',
      query: ImportItemsQuery,
      responses: { 200: { description: 'A page of items in line order', schema: ImportItemsPage } },
      problems: { 400: ['REQUEST.INVALID'], 404: ['IMPORT.NOT_FOUND'] },
    },
    method: 'GET',
    path: 'imports/{importId}/items',
    handler: async (request, { deps, caller, lang }) => ok(await importItems(deps, caller, request.params.importId ?? '', queryObject(request), lang)),
  },
];
