import type { WorkQueue } from '@relais/domain';
import { startApi, type TestApi } from '../support/api-harness';
import { create, interaction, organisation } from '../support/factories';

const today = () => new Date().toISOString().slice(0, 10);
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const prefixOf = (api: TestApi) => api.app.stores.tables.prefix;

/** Interactions counted for `rep` today, as the activity report (built by the queued work) says. */
const countedFor = async (api: TestApi, token: string, rep: string): Promise<number> => {
  const report = await api.call('GET', `/api/reports/activity?from=${today()}&to=${tomorrow()}&groupBy=rep`, { token });
  expect(report.status).toBe(200);
  return report.body.rows.find((r: { key: string }) => r.key === rep)?.interactions ?? 0;
};

const pendingInteractions = (api: TestApi) => api.app.deps.background!.pending.stale('interaction', '9999-12-31T00:00:00.000Z', 100);

describe('a logging answers with what its caller reads at once, and queues the rest', () => {
  let api: TestApi;
  let rep: string;
  beforeAll(async () => {
    api = await startApi();
    rep = await api.tokenFor({ userId: 'olga', name: 'Olga Ouest', roles: ['rep'], teams: ['north'] });
  });
  afterAll(() => api.stop());

  it('timeline, tasks and change requests are there as soon as the 201 is; insight once the queue is drained', async () => {
    const org = await create(api, rep, organisation());
    const logged = await api.call('POST', '/api/interactions', {
      token: rep,
      body: interaction([org.id], {
        occurredAt: new Date().toISOString(),
        tasks: [{ title: 'Envoyer le devis signé' }],
        changeRequests: [{ changes: [{ path: 'website', to: 'https://nouveau-site.fr' }], reason: 'Vu dans la signature' }],
      }),
    });
    expect(logged.status).toBe(201);
    const [card, tasks, requests] = await Promise.all([
      api.call('GET', `/api/tiers/${org.id}/card`, { token: rep }),
      api.call('GET', '/api/tasks?assignee=me', { token: rep }),
      api.call('GET', '/api/change-requests?status=pending', { token: rep }),
    ]);
    expect(card.body.timeline.items.map((e: { interactionId: string }) => e.interactionId)).toEqual([logged.body.id]);
    expect(card.body.openTasks.map((t: { title: string }) => t.title)).toEqual(['Envoyer le devis signé']);
    expect(tasks.body.items.map((t: { title: string }) => t.title)).toContain('Envoyer le devis signé');
    expect(requests.body.items.map((r: { interactionId: string }) => r.interactionId)).toContain(logged.body.id);
    await api.drain();
    expect(await countedFor(api, rep, 'olga')).toBe(1);
    expect(await pendingInteractions(api)).toEqual([]);
  });
});

describe('a message lost between the write and the send', () => {
  it('is sent again by the sweep from its pending marker, and the work completes once', async () => {
    const worker = await startApi({ RELAIS_ROLE: 'all', RELAIS_PENDING_STALE_MS: '200', RELAIS_SWEEP_INTERVAL_MS: '600000' });
    // An API instance on the same storage whose sends all fail: its writes land, its messages never do.
    const api = await startApi({ RELAIS_TABLE_PREFIX: prefixOf(worker), RELAIS_ROLE: 'api' });
    const lost: WorkQueue = { send: async () => Promise.reject(new Error('queue unreachable')) };
    api.app.deps.background = { ...api.app.deps.background!, queue: lost };
    try {
      const rep = await api.tokenFor({ userId: 'lise', name: 'Lise Lost', roles: ['rep'], teams: ['north'] });
      const org = await create(api, rep, organisation());
      const logged = await api.call('POST', '/api/interactions', { token: rep, body: interaction([org.id], { occurredAt: new Date().toISOString() }) });
      expect(logged.status).toBe(201);
      await worker.drain();
      expect(await countedFor(worker, rep, 'lise')).toBe(0);
      expect((await pendingInteractions(worker)).map((m) => m.id)).toEqual([logged.body.id]);
      await new Promise((resolve) => setTimeout(resolve, 300)); // the marker becomes stale
      await worker.worker!.sweep();
      await worker.drain();
      expect(await countedFor(worker, rep, 'lise')).toBe(1);
      expect(await pendingInteractions(worker)).toEqual([]);
      // A second sweep finds nothing left to send: nothing is counted twice.
      await worker.worker!.sweep();
      await worker.drain();
      expect(await countedFor(worker, rep, 'lise')).toBe(1);
    } finally {
      await api.stop();
      await worker.stop();
    }
  });
});

describe('a job whose next chunk was never queued', () => {
  it('is resumed by the sweep from its marker and ends once', async () => {
    const worker = await startApi({ RELAIS_ROLE: 'all', RELAIS_PENDING_STALE_MS: '200', RELAIS_SWEEP_INTERVAL_MS: '600000' });
    const api = await startApi({ RELAIS_TABLE_PREFIX: prefixOf(worker), RELAIS_ROLE: 'api' });
    api.app.deps.background = { ...api.app.deps.background!, queue: { send: async () => Promise.reject(new Error('queue unreachable')) } };
    try {
      const steward = await api.tokenFor({ userId: 'st-sweep', name: 'Sam Steward', roles: ['steward'] });
      const rep = await api.tokenFor({ userId: 'rep-sweep', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] });
      const who = await create(api, rep, { kind: 'person', firstName: 'Oubliée', lastName: 'Parlafile', emails: ['oubliee@parlafile.fr'] });
      const started = await api.call('POST', `/api/persons/${who.id}/erase`, { token: steward });
      expect(started.status).toBe(202);
      await worker.drain();
      expect((await worker.call('GET', `/api/jobs/${started.body.id}`, { token: steward })).body.status).toBe('queued');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await worker.worker!.sweep();
      await worker.drain();
      const done = await worker.call('GET', `/api/jobs/${started.body.id}`, { token: steward });
      expect(done.body).toMatchObject({ status: 'succeeded', result: { tierId: who.id, alreadyErased: false } });
      expect(await worker.app.deps.background!.pending.stale('job', '9999-12-31T00:00:00.000Z', 10)).toEqual([]);
    } finally {
      await api.stop();
      await worker.stop();
    }
  });
});

describe('two API instances and one worker on one storage', () => {
  it('racing on one tier lose no update', async () => {
    const worker = await startApi({ RELAIS_ROLE: 'worker' });
    const prefix = prefixOf(worker);
    const [a, b] = await Promise.all([startApi({ RELAIS_TABLE_PREFIX: prefix, RELAIS_ROLE: 'api' }), startApi({ RELAIS_TABLE_PREFIX: prefix, RELAIS_ROLE: 'api' })]);
    try {
      const token = await a.tokenFor({ userId: 'rita', name: 'Rita Race', roles: ['rep'], teams: ['north'] });
      const org = await create(a, token, organisation());
      const each = 12;
      const responses = await Promise.all(
        Array.from({ length: each * 2 }, (_, i) =>
          (i % 2 === 0 ? a : b).call('POST', '/api/interactions', {
            token,
            body: interaction([org.id], { occurredAt: new Date().toISOString(), subject: `Relance ${i}`, tasks: [{ title: `Tâche ${i}` }] }),
          }),
        ),
      );
      expect(responses.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
      // And a profile change on the same tier from each instance, under If-Match: one wins, one is told.
      const read = await a.call('GET', `/api/tiers/${org.id}`, { token });
      const patches = await Promise.all(
        [a, b].map((api, i) => api.call('PATCH', `/api/tiers/${org.id}`, { token, body: { website: `https://site-${i}.fr` }, headers: { 'if-match': read.headers.get('etag')! } })),
      );
      expect(patches.map((p) => p.status).sort()).toEqual([200, 412]);
      await worker.drain();
      const [card, timeline] = await Promise.all([b.call('GET', `/api/tiers/${org.id}/card`, { token }), b.call('GET', `/api/tiers/${org.id}/timeline?limit=50`, { token })]);
      expect(timeline.body.items).toHaveLength(each * 2);
      expect(card.body.openTasks).toHaveLength(each * 2);
      expect(await countedFor(a, token, 'rita')).toBe(each * 2);
      const summary = await worker.app.deps.insight!.summaries.read(org.id);
      expect(summary.value!.activity.recent).toHaveLength(each * 2);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await worker.stop();
    }
  }, 90_000);
});
