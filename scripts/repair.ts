import { repairAll } from '@relais/domain';
import { createAppFromEnv } from '../functions/src/composition-root';
import { readEnv } from '../functions/src/config';

/**
 * `npm run repair`: completes half-done cross-partition writes against RELAIS_STORAGE_CONNECTION_STRING,
 * a page at a time with bounded parallelism (the same pages as the `POST /api/repair` job), printing
 * its progress and rate. In production the sweep and the queues complete writes by themselves: this
 * is the operator's tool for a base restored or written by other means.
 */
const main = async () => {
  const app = await createAppFromEnv(readEnv());
  const started = Date.now();
  const report = await repairAll(app.deps, (r) => {
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write(`\rrepaired ${r.tiers} tiers, ${r.interactions} interactions in ${seconds.toFixed(1)} s (${((r.tiers + r.interactions) / Math.max(seconds, 0.001)).toFixed(0)}/s)   `);
  });
  console.log(`\n${JSON.stringify({ ...report, seconds: Number(((Date.now() - started) / 1000).toFixed(1)) })}`);
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
