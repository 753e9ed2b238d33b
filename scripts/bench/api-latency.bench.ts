import { odata, TableClient } from '@azure/data-tables';
import { createTier, logInteraction, type Caller, type Deps } from '@relais/domain';
import type { App } from '../../functions/src/composition-root';
import { percentiles, timeMany } from './percentiles';

export type LatencyOptions = { tiers: number; interactions: number; samples: number; connectionString: string; tablePrefix: string };

const caller: Caller = { userId: 'bench', name: 'Bench', roles: ['rep'], teams: ['bench'] };

const orgDraft = (i: number) => ({
  kind: 'organisation',
  names: [{ type: 'legal', value: `Entreprise ${['Alpha', 'Bravo', 'Castor', 'Delta', 'Écho', 'Faucon'][i % 6]} ${i} SAS` }],
  emailDomains: [`entreprise-${i}.fr`],
});
const personDraft = (i: number, organisationId: string) => ({
  kind: 'person', civility: i % 2 ? 'M.' : 'Mme', firstName: 'Prénom', lastName: `Nom${i}`, emails: [`contact${i}@entreprise-${i}.fr`], organisationId,
});

/** Seeds half organisations, half persons (each working for one), then interactions, through the use cases. */
const seed = async (deps: Deps, options: LatencyOptions) => {
  const orgIds: string[] = [];
  const orgs = Math.ceil(options.tiers / 2);
  await timeMany(orgs, 16, async (i) => orgIds.push((await createTier(deps, caller, orgDraft(i))).value.id));
  const personIds: string[] = [];
  await timeMany(options.tiers - orgs, 16, async (i) => personIds.push((await createTier(deps, caller, personDraft(i, orgIds[i % orgIds.length]!))).value.id));
  await timeMany(options.interactions, 16, (i) =>
    logInteraction(deps, caller, {
      direction: i % 3 ? 'inbound' : 'outbound', medium: 'email', occurredAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      subject: `Échange ${i}`, participants: [{ tierId: orgIds[i % orgIds.length]! }, { tierId: personIds[i % personIds.length]! }],
    }),
  );
  return { orgIds, personIds };
};

type Http = (method: string, path: string, body?: unknown) => Promise<Response>;

/**
 * Latency of the four hot paths through the HTTP API, beside the same storage operations done
 * directly with @azure/data-tables (the floor): what Relais adds on top of the storage it needs.
 */
export const benchApiLatency = async (app: App, http: Http, options: LatencyOptions) => {
  const seedStart = performance.now();
  const { orgIds, personIds } = await seed(app.deps, options);
  const seedSeconds = Math.round((performance.now() - seedStart) / 100) / 10;
  const table = (name: string) => TableClient.fromConnectionString(options.connectionString, `${options.tablePrefix}${name}`, { allowInsecureConnection: true });
  const [tiers, indexes, interactions] = [table('Tiers'), table('Indexes'), table('Interactions')];
  const n = options.samples;
  const pick = <T>(list: T[], i: number) => list[(i * 7919) % list.length]!;
  const drain = async (iter: AsyncIterable<unknown>) => {
    for await (const _ of iter);
  };

  const measured = {
    logInteraction: {
      api: await timeMany(n, 4, (i) =>
        http('POST', '/api/interactions', {
          source: { kind: 'email', id: `<bench-${i}@x.fr>` }, direction: 'inbound', medium: 'email', occurredAt: '2026-11-20T10:00:00+01:00',
          participants: [{ tierId: pick(orgIds, i) }, { tierId: pick(personIds, i) }],
        }),
      ),
      floor: await timeMany(n, 4, async (i) => {
        await interactions.createEntity({ partitionKey: `floor-${i}`, rowKey: 'interaction', data0: '{}' });
        await Promise.all([pick(orgIds, i), pick(personIds, i)].map((pk) => tiers.upsertEntity({ partitionKey: `floor-${pk}`, rowKey: `tl~${i}`, data0: "{}" })));
      }),
    },
    getCard: {
      api: await timeMany(n, 4, (i) => http('GET', `/api/tiers/${pick(orgIds, i)}/card`)),
      floor: await timeMany(n, 4, async (i) => {
        const id = pick(orgIds, i);
        await Promise.all([
          drain(tiers.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${id} and (RowKey lt 'tl~' or RowKey ge 'tm')` } })),
          tiers.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${id} and RowKey ge 'tl~' and RowKey lt 'tl~~'` } }).byPage({ maxPageSize: 20 }).next(),
        ]);
      }),
    },
    lookupByEmail: {
      api: await timeMany(n, 4, (i) => http('POST', '/api/lookup', { emails: [`contact${i % personIds.length}@entreprise-${i % personIds.length}.fr`] })),
      floor: await timeMany(n, 4, async (i) => {
        const k = i % personIds.length;
        const [hits] = await Promise.all([
          (async () => { const r: { rowKey?: string }[] = []; for await (const e of indexes.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${`email~contact${k}@entreprise-${k}.fr`}` } })) r.push(e); return r; })(),
          drain(indexes.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${`domain~entreprise-${k}.fr`}` } })),
        ]);
        await Promise.all(hits.map((h) => tiers.getEntity(h.rowKey!, 'profile')));
      }),
    },
    search: {
      api: await timeMany(n, 4, (i) => http('GET', `/api/tiers?q=${encodeURIComponent(`castor ${i % 1000}`)}`)),
      floor: await timeMany(n, 4, async (i) => {
        const hits: { rowKey?: string }[] = [];
        for await (const e of indexes.listEntities({ queryOptions: { filter: odata`PartitionKey ge ${`name~${i % 1000}`} and PartitionKey lt ${`name~${i % 1000}~`}` } })) hits.push(e);
        await Promise.all(hits.slice(0, 50).map((h) => tiers.getEntity(h.rowKey!, 'profile')));
      }),
    },
  };
  const report = Object.fromEntries(
    Object.entries(measured).map(([name, m]) => {
      const api = percentiles(m.api);
      const floor = percentiles(m.floor);
      return [name, { api, floor, ratioP50: Math.round((api.p50 / Math.max(floor.p50, 0.01)) * 10) / 10, ratioP95: Math.round((api.p95 / Math.max(floor.p95, 0.01)) * 10) / 10 }];
    }),
  );
  return { seeded: { tiers: options.tiers, interactions: options.interactions, seconds: seedSeconds }, latencyMs: report };
};
