import { repairAll } from '@relais/domain';
import { createAppFromEnv } from '../functions/src/composition-root';
import { readEnv } from '../functions/src/config';

/** `npm run repair`: completes half-done cross-partition writes against RELAIS_STORAGE_CONNECTION_STRING. */
const main = async () => {
  const app = await createAppFromEnv(readEnv());
  const report = await repairAll(app.deps, (r) => process.stdout.write(`\rrepaired ${r.tiers} tiers, ${r.interactions} interactions`));
  console.log(`\n${JSON.stringify(report)}`);
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
