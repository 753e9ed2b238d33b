import { createReadStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { ImportMapping, isDomainError, legacyCrmMapping, parseInput, summarizeImport, type Caller, type Language } from '@relais/domain';
import { createAppFromEnv } from '../functions/src/composition-root';
import { readEnv } from '../functions/src/config';
import { importCsv } from '../functions/src/import/import-csv';

const usage = `Usage: npm run import -- <file.csv> [--map mapping.json] [--dry-run] [--report report.json] [--user <id>] [--team <team>] [--lang fr|en]
Imports a client base into the store of RELAIS_STORAGE_CONNECTION_STRING (default mapping: the French legacy CRM export).`;

const readMapping = async (path: string | undefined): Promise<ImportMapping> =>
  path ? parseInput(ImportMapping, JSON.parse(await readFile(path, 'utf8'))) : legacyCrmMapping;

/**
 * `npm run import -- file.csv`: streams the file through the same pipeline as `POST /api/imports`,
 * with a progress bar, prints the readable summary and writes the JSON report. Re-running the same
 * file after a crash completes it without duplicates.
 */
const main = async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      map: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      report: { type: 'string' },
      user: { type: 'string', default: 'import' },
      team: { type: 'string', default: 'default' },
      lang: { type: 'string', default: 'fr' },
    },
  });
  const file = positionals[0];
  if (!file) throw new Error(usage);
  const lang: Language = values.lang === 'en' ? 'en' : 'fr';
  const mapping = await readMapping(values.map);
  const caller: Caller = { userId: values.user, name: `Import (${values.user})`, roles: ['steward'], teams: [values.team] };
  const app = await createAppFromEnv(readEnv());
  const { size } = await stat(file);
  const bar = new SingleBar({ format: ' {bar} {percentage}% | {rows} rows | {rejected} rejected | ETA {eta_formatted}', hideCursor: true, stream: process.stderr });
  bar.start(size, 0, { rows: 0, rejected: 0 });
  const report = await importCsv(app.deps, () => createReadStream(file, { highWaterMark: 256 * 1024 }), {
    caller,
    lang,
    mapping,
    dryRun: values['dry-run'],
    fileName: basename(file),
    onProgress: ({ report: r, bytesRead }) => bar.update(bytesRead, { rows: r.rows.read, rejected: r.rows.rejected }),
  }).finally(() => bar.stop());
  console.log(summarizeImport(report, lang));
  if (values.report) {
    await writeFile(values.report, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nReport: ${values.report}`);
  }
};

main().catch((error: unknown) => {
  if (isDomainError(error)) console.error(`${error.code}: ${error.message}\n${error.errors.map((e) => `- ${e.path}: ${e.message}`).join('\n')}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
