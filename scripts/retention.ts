import { parseArgs } from 'node:util';
import { runRetention } from '@relais/domain';
import { createAppFromEnv } from '../functions/src/composition-root';
import { readEnv } from '../functions/src/config';

/**
 * `npm run retention -- [--dry-run]`: the CNIL retention run against RELAIS_STORAGE_CONNECTION_STRING,
 * as the daily timer does it; prints the report as JSON (tier ids, rules and dates, never names).
 * With --dry-run nothing is erased or archived: the report says what would be.
 */
const main = async () => {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
  const app = await createAppFromEnv(readEnv());
  const report = await runRetention(app.deps, { dryRun: values['dry-run'] });
  console.log(JSON.stringify(report, null, 2));
  if (report.failures.length > 0) process.exitCode = 1;
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
