import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import {
  ImportMapping,
  ImportMappingPatch,
  importPresetOf,
  isDomainError,
  legacyCrmMapping,
  parseInput,
  presetMapping,
  runOfImport,
  summarizeImport,
  wordItem,
  type Caller,
  type Deps,
  type ImportColumns,
  type ImportRun,
  type Language,
} from '@relais/domain';
import { createAppFromEnv } from '../functions/src/composition-root';
import { readEnv } from '../functions/src/config';
import { importCsv } from '../functions/src/import/import-csv';
import { readCsv } from '../functions/src/import/read-csv';

const usage = `Usage: npm run import -- <file.csv> [more.csv …] [--from hubspot|salesforce|pipedrive] [--map mapping.json] [--dry-run] [--report report.json] [--user <id>] [--team <team>] [--lang fr|en]
Imports a client base into the store of RELAIS_STORAGE_CONNECTION_STRING. Without --from, the mapping file (default: the French legacy CRM
export); with --from, the vendor's companies and contacts layouts (the mapping file then adds the customer's own columns). Several files of one
export are imported together, companies first, so contacts are linked to every company they belong to.`;

const open = (file: string) => () => createReadStream(file, { highWaterMark: 256 * 1024 });

/** The file's header, read from its first lines only. */
const headerOf = async (file: string): Promise<string[]> => {
  const stream = open(file)();
  try {
    return (await readCsv(stream)).header;
  } finally {
    stream.destroy();
  }
};

/** Companies before contacts: a contact is linked to companies already imported. */
const ordered = async (files: readonly string[], columns: ImportColumns): Promise<string[]> => {
  if (!('preset' in columns)) return [...files];
  const layouts = await Promise.all(files.map(async (file) => ({ file, contacts: presetMapping(columns.preset, await headerOf(file)).layout === 'contacts' })));
  return [...layouts.filter((l) => !l.contacts), ...layouts.filter((l) => l.contacts)].map((l) => l.file);
};

const columnsOf = async (from: string | undefined, map: string | undefined): Promise<ImportColumns> => {
  const json = map ? (JSON.parse(await readFile(map, 'utf8')) as unknown) : undefined;
  if (from) return { preset: importPresetOf(from), ...(json === undefined ? {} : { patch: parseInput(ImportMappingPatch, json) }) };
  return json === undefined ? legacyCrmMapping : parseInput(ImportMapping, json);
};

/** The report, then every item of the run read back page by page: the file grows, the process does not. */
const writeReport = async (out: WriteStream, deps: Deps, report: ImportRun, lang: Language): Promise<void> => {
  const { items: firstPage, ...rest } = report;
  const head = JSON.stringify(rest, null, 2);
  out.write(`${head.slice(0, head.lastIndexOf('}')).trimEnd()},\n  "items": [`);
  let first = true;
  const write = (item: unknown) => {
    out.write(`${first ? '\n' : ',\n'}    ${JSON.stringify(item)}`);
    first = false;
  };
  if (!deps.imports) firstPage.items.forEach(write);
  else
    for (let after: number | undefined, more = true; more; ) {
      const page = await deps.imports.items(runOfImport(report.importId, report.dryRun), 1000, after);
      page.items.forEach((item) => write(wordItem(item, lang)));
      after = page.items.at(-1)?.line;
      more = page.nextCursor !== null;
    }
  out.write('\n  ]\n}');
};

/**
 * `npm run import -- file.csv`: streams each file through the same pipeline as `POST /api/imports`,
 * with a progress bar, prints the readable summary and writes the JSON report with every row's
 * item. Re-running the same file after a crash completes it without duplicates.
 */
const main = async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      map: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      report: { type: 'string' },
      user: { type: 'string', default: 'import' },
      team: { type: 'string', default: 'default' },
      lang: { type: 'string', default: 'fr' },
    },
  });
  if (positionals.length === 0) throw new Error(usage);
  const lang: Language = values.lang === 'en' ? 'en' : 'fr';
  const columns = await columnsOf(values.from, values.map);
  const caller: Caller = { userId: values.user, name: `Import (${values.user})`, roles: ['steward'], teams: [values.team] };
  const app = await createAppFromEnv(readEnv());
  const reports: ImportRun[] = [];
  for (const file of await ordered(positionals, columns)) {
    const { size } = await stat(file);
    const bar = new SingleBar({ format: ` ${basename(file)} {bar} {percentage}% | {rows} rows | {rejected} rejected | ETA {eta_formatted}`, hideCursor: true, stream: process.stderr });
    bar.start(size, 0, { rows: 0, rejected: 0 });
    const report = await importCsv(app.deps, open(file), {
      caller,
      lang,
      mapping: columns,
      dryRun: values['dry-run'],
      fileName: basename(file),
      onProgress: ({ report: r, bytesRead }) => bar.update(bytesRead, { rows: r.rows.read, rejected: r.rows.rejected }),
    }).finally(() => bar.stop());
    console.log(`${summarizeImport(report, lang)}\n`);
    reports.push(report);
  }
  if (values.report) {
    const out = createWriteStream(values.report);
    if (reports.length > 1) out.write('{\n"files": [\n');
    for (const [i, report] of reports.entries()) {
      if (i > 0) out.write(',\n');
      await writeReport(out, app.deps, report, lang);
    }
    if (reports.length > 1) out.write('\n]\n}');
    out.end('\n');
    await new Promise<void>((resolve, reject) => out.on('finish', resolve).on('error', reject));
    console.log(`Report: ${values.report}`);
  }
};

main().catch((error: unknown) => {
  if (isDomainError(error)) console.error(`${error.code}: ${error.message}\n${error.errors.map((e) => `- ${e.path}: ${e.message}`).join('\n')}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
