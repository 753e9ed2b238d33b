import { getCaptureSettings, putCaptureSettings, type Caller } from '@relais/domain';
import type { App } from '../../functions/src/composition-root';
import { seedDemoMailbox } from './demo-mailbox';
import { startFakeGraphMail, type FakeGraphMail } from './fake-graph-mail';

const CLAIRE: Caller = { userId: 'claire.martin', name: 'Claire Martin', email: 'claire.martin@relais-demo.fr', roles: ['rep'], teams: ['nord'] };

/**
 * `npm start`'s Microsoft Graph, when none is configured (dev mode, RELAIS_GRAPH_BASE_URL unset): the
 * local Graph on loopback. Its mailboxes live in memory, so Claire Martin's is seeded at every start.
 */
export const startDevGraph = async (env: NodeJS.ProcessEnv): Promise<FakeGraphMail | undefined> => {
  if ((env.RELAIS_AUTH_MODE ?? 'dev') !== 'dev' || env.RELAIS_GRAPH_BASE_URL) return undefined;
  return startFakeGraphMail({ log: console.warn });
};

/** Claire's mailbox seeded, and her capture turned on once (the demo's opt-in): her suggestions follow from the queue. */
export const seedDemoCapture = async (app: App, graph: FakeGraphMail): Promise<void> => {
  await seedDemoMailbox(graph, CLAIRE.userId);
  if (!(await getCaptureSettings(app.deps, CLAIRE)).enabled) await putCaptureSettings(app.deps, CLAIRE, { enabled: true, neverSuggest: [] });
};
