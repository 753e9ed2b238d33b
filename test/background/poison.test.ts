import { startApi, type TestApi } from '../support/api-harness';
import { create, interaction, organisation } from '../support/factories';

let api: TestApi;
let admin: string;
let rep: string;
beforeAll(async () => {
  // Two deliveries, twenty seconds apart: the poison's retry waits while the healthy work goes on.
  api = await startApi({ RELAIS_QUEUE_MAX_ATTEMPTS: '2', RELAIS_QUEUE_BACKOFF_MS: '20000' });
  [admin, rep] = await Promise.all([
    api.tokenFor({ userId: 'ad-poison', name: 'Adam Admin', roles: ['admin'] }),
    api.tokenFor({ userId: 'rep-poison', name: 'Rose Rep', roles: ['rep'], teams: ['north'] }),
  ]);
});
afterAll(() => api.stop());

const deadLetters = () => api.call('GET', '/api/admin/dead-letters?limit=10', { token: admin });
const pending = () => api.app.deps.background!.pending.stale('interaction', '9999-12-31T00:00:00.000Z', 100);

describe('a poison message', () => {
  it('is retried with a delay, then parked with its error for admins, and never holds up the others', async () => {
    // An interaction stored unreadable: completing it fails on every delivery.
    const table = await api.app.stores.tables.table('Interactions');
    await table.createEntity({ partitionKey: 'broken', rowKey: 'interaction', chunks: 1, data0: '{"interaction": not json' });
    await api.app.deps.background!.queue.send({
      message: { kind: 'interaction.complete', interactionId: 'broken', rep: { userId: 'rep-poison', name: 'Rose Rep', teams: ['north'] } },
      attempt: 0,
      sentAt: new Date().toISOString(),
    });
    // A healthy logging queued after it completes while the poison waits for its retry.
    const org = await create(api, rep, organisation());
    const logged = await api.call('POST', '/api/interactions', { token: rep, body: interaction([org.id]) });
    expect(logged.status).toBe(201);
    for (let i = 0; i < 600 && (await pending()).length > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await pending()).toEqual([]);
    expect((await deadLetters()).body.items).toEqual([]);

    await api.drain();
    const parked = await deadLetters();
    expect(parked.status).toBe(200);
    expect(parked.body.items).toHaveLength(1);
    expect(parked.body.items[0]).toMatchObject({ attempts: 2, lane: 'work', message: { message: { kind: 'interaction.complete', interactionId: 'broken' } } });
    expect(parked.body.items[0].error).toMatch(/JSON/);
  }, 60_000);

  it('that is not a Relais message at all is parked at once', async () => {
    const queue = await api.app.queues.client('work');
    await queue.sendMessage(Buffer.from('{"kind":"no-such-work"}').toString('base64'));
    await api.drain();
    const items = (await deadLetters()).body.items;
    expect(items[0]).toMatchObject({ attempts: 1, message: { kind: 'no-such-work' } });
    expect(items[0].error).toMatch(/Not a Relais work message/);
  });

  it('is listed for admins only, newest first, paged', async () => {
    expect((await api.call('GET', '/api/admin/dead-letters', { token: rep })).status).toBe(403);
    const first = await api.call('GET', '/api/admin/dead-letters?limit=1', { token: admin });
    expect(first.body.items).toHaveLength(1);
    expect(first.body.items[0].message).toEqual({ kind: 'no-such-work' });
    const next = await api.call('GET', `/api/admin/dead-letters?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`, { token: admin });
    expect(next.body.items[0].message.message.interactionId).toBe('broken');
    expect((await api.call('GET', '/api/admin/dead-letters?limit=0', { token: admin })).status).toBe(400);
  });
});
