import type { RunningAzurite } from '../../scripts/azurite';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { relaisAzurite?: RunningAzurite }).relaisAzurite?.stop();
}
