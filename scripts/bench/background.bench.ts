import { TableClient } from '@azure/data-tables';
import type { AddressInfo } from 'node:net';
import { createTier, type Caller } from '@relais/domain';
import { backgroundDeps, startRoleWorker } from '../../functions/src/background/background-app';
import { createAppFromEnv } from '../../functions/src/composition-root';
import { readEnv } from '../../functions/src/config';
import { routeTable } from '../../functions/src/http/route-table';
import { serveHttp } from '../../functions/src/local-host/serve-http';
import { percentiles, timeMany } from './percentiles';

export type BackgroundBenchOptions = { tiers: number; samples: number; connectionString: string };

const caller: Caller = { userId: 'bench-q', name: 'Bench Queue', roles: ['rep'], teams: ['bench'] };
const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 0.01)) * 100) / 100;

/**
 * What a logging costs now that its fan-out is queued, and how long the fan-out waits: the API with
 * its worker in one process (as `npm start` runs it), each figure beside its floor in the same run —
 * one Table insert for a logging, one 50-row partition page for the card — and the queue lag from
 * the request to the pending marker's removal (the completion's last write).
 */
export const benchBackground = async (options: BackgroundBenchOptions) => {
  const tablePrefix = 'benchq';
  const app = await createAppFromEnv(
    readEnv({ RELAIS_STORAGE_CONNECTION_STRING: options.connectionString, RELAIS_TABLE_PREFIX: tablePrefix, RELAIS_RATE_LIMIT_PER_MINUTE: '0', RELAIS_WORKER_IDLE_POLL_MS: '50' }),
  );
  const deps = backgroundDeps(app);
  const completedAt = new Map<string, number>();
  const clear = deps.background.pending.clear;
  deps.background.pending.clear = async (kind, id) => {
    await clear(kind, id);
    if (kind === 'interaction') completedAt.set(id, performance.now());
  };
  const worker = startRoleWorker(app)!;
  const server = serveHttp(app, routeTable);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = await app.services.issueDevToken!({ userId: caller.userId, name: caller.name, roles: caller.roles, teams: caller.teams });
  try {
    const tierIds: string[] = [];
    await timeMany(options.tiers, 16, async (i) =>
      tierIds.push((await createTier(deps, caller, { kind: 'organisation', names: [{ type: 'legal', value: `Maison Bench ${i} SAS` }], emailDomains: [`bench-${i}.fr`] })).value.id),
    );
    const pick = (i: number) => tierIds[(i * 7919) % tierIds.length]!;
    const interactions = TableClient.fromConnectionString(options.connectionString, `${tablePrefix}Interactions`, { allowInsecureConnection: true });
    const tiers = TableClient.fromConnectionString(options.connectionString, `${tablePrefix}Tiers`, { allowInsecureConnection: true });
    // The app creates its tables on first use; the floor's first insert may come before that.
    await interactions.createTable();
    const startedAt = new Map<string, number>();
    const logOne = async (i: number) => {
      const start = performance.now();
      const response = await fetch(`${base}/api/interactions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          source: { kind: 'email', id: `<queue-bench-${i}@x.fr>` }, direction: 'inbound', medium: 'email', occurredAt: new Date().toISOString(),
          subject: `Relance ${i}`, participants: [{ tierId: pick(i) }], tasks: i % 4 === 0 ? [{ title: `Rappeler ${i}` }] : [],
        }),
      });
      const body = (await response.json()) as { id: string };
      if (response.status !== 201) throw new Error(`logging answered ${response.status}`);
      startedAt.set(body.id, start);
      return { id: body.id, ms: performance.now() - start };
    };
    const insertOne = async (i: number) => {
      const start = performance.now();
      await interactions.createEntity({ partitionKey: `floor-${i}`, rowKey: 'interaction', data0: JSON.stringify({ subject: `Relance ${i}`, pad: 'x'.repeat(800) }) });
      return performance.now() - start;
    };
    // The floor is taken in the same moments as the loggings (one insert, then one logging, on each of
    // four lanes) so both see the same load, the worker's fan-out included.
    const log: number[] = [];
    const insert: number[] = [];
    await timeMany(options.samples, 4, async (i) => {
      insert.push(await insertOne(i));
      log.push((await logOne(i)).ms);
    });
    await worker.drain(300_000);
    const backlogLag = [...startedAt].flatMap(([id, start]) => (completedAt.has(id) ? [completedAt.get(id)! - start] : []));
    // The lag a rep sees: loggings arriving one at a time (five a second) while the worker keeps up.
    const steady: number[] = [];
    const steadyIds: string[] = [];
    for (let i = 0; i < Math.min(50, options.samples); i += 1) {
      const started = performance.now();
      steadyIds.push((await logOne(options.samples + i)).id);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 200 - (performance.now() - started))));
    }
    await worker.drain(300_000);
    for (const id of steadyIds) if (completedAt.has(id)) steady.push(completedAt.get(id)! - startedAt.get(id)!);
    const card = await timeMany(options.samples, 4, async (i) => {
      const response = await fetch(`${base}/api/tiers/${pick(i)}/card`, { headers: { authorization: `Bearer ${token}` } });
      await response.arrayBuffer();
    });
    const page = await timeMany(options.samples, 4, (i) => tiers.listEntities({ queryOptions: { filter: `PartitionKey eq '${pick(i)}'` } }).byPage({ maxPageSize: 50 }).next());
    const [logP, insertP, cardP, pageP, backlogP, steadyP] = [log, insert, card, page, backlogLag, steady].map(percentiles);
    return {
      logInteraction: { api: logP, floorOneInsert: insertP, ratioP95: ratio(logP.p95, insertP.p95) },
      card: { api: cardP, floorOnePartitionPage50: pageP, ratioP95: ratio(cardP.p95, pageP.p95) },
      queueLagMs: {
        steadyFivePerSecond: { ...steadyP, completed: steady.length, logged: steadyIds.length },
        afterBurst: { ...backlogP, completed: backlogLag.length, logged: options.samples },
      },
    };
  } finally {
    await worker.stop();
    server.close();
  }
};
