import { startApi, type TestApi } from '../support/api-harness';
import { create, organisation } from '../support/factories';

let api: TestApi;
let rep: string;
let other: string;
let manager: string;
beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi Rep', roles: ['rep'] });
  other = await api.tokenFor({ userId: 'rep2', name: 'Rose Rep', roles: ['rep'] });
  manager = await api.tokenFor({ userId: 'man1', name: 'Manon Manager', roles: ['manager'] });
});
afterAll(() => api.stop());

describe('tasks', () => {
  it('lists my open tasks by due date and completes one under If-Match', async () => {
    const tier = await create(api, rep, organisation());
    const later = await api.call('POST', '/api/tasks', { token: rep, body: { title: 'Plus tard', dueDate: '2026-12-20', tierIds: [tier.id] } });
    const soon = await api.call('POST', '/api/tasks', { token: rep, body: { title: 'Bientôt', dueDate: '2026-11-24', tierIds: [tier.id] } });
    expect(soon.status).toBe(201);
    const mine = await api.call('GET', '/api/tasks?assignee=me&status=open', { token: rep });
    expect(mine.body.items.map((t: { title: string }) => t.title)).toEqual(['Bientôt', 'Plus tard']);
    const read = await api.call('GET', `/api/tasks/${soon.body.id}`, { token: rep });
    expect((await api.call('PATCH', `/api/tasks/${soon.body.id}`, { token: rep, body: { status: 'done' } })).status).toBe(428);
    const done = await api.call('PATCH', `/api/tasks/${soon.body.id}`, { token: rep, body: { status: 'done' }, headers: { 'if-match': read.headers.get('etag')! } });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', doneBy: 'rep1' });
    const stale = await api.call('PATCH', `/api/tasks/${soon.body.id}`, { token: rep, body: { title: 'x' }, headers: { 'if-match': read.headers.get('etag')! } });
    expect(stale.status).toBe(412);
    expect((await api.call('GET', '/api/tasks?status=open', { token: rep })).body.items.map((t: { id: string }) => t.id)).toEqual([later.body.id]);
    expect((await api.call('GET', '/api/tasks?status=done', { token: rep })).body.items.map((t: { id: string }) => t.id)).toEqual([soon.body.id]);
    const card = await api.call('GET', `/api/tiers/${tier.id}/card`, { token: rep });
    expect(card.body.openTasks.map((t: { id: string }) => t.id)).toEqual([later.body.id]);
  });

  it('reassigns a task: it leaves one list and joins the other', async () => {
    const task = await api.call('POST', '/api/tasks', { token: rep, body: { title: 'À transmettre' } });
    await api.call('PATCH', `/api/tasks/${task.body.id}`, { token: rep, body: { assigneeId: 'rep2' }, headers: { 'if-match': task.headers.get('etag')! } });
    expect((await api.call('GET', '/api/tasks', { token: rep })).body.items.map((t: { id: string }) => t.id)).not.toContain(task.body.id);
    expect((await api.call('GET', '/api/tasks', { token: other })).body.items.map((t: { id: string }) => t.id)).toContain(task.body.id);
  });

  it("keeps others' lists to managers and validates input", async () => {
    expect((await api.call('GET', '/api/tasks?assignee=rep1', { token: other })).status).toBe(403);
    expect((await api.call('GET', '/api/tasks?assignee=rep1', { token: manager })).status).toBe(200);
    const bad = await api.call('POST', '/api/tasks', { token: rep, body: { title: '', dueDate: '31/12/2026', tierIds: ['ghost'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['dueDate', 'title']);
    const ghost = await api.call('POST', '/api/tasks', { token: rep, body: { title: 'Fantôme', tierIds: ['ghost'] } });
    expect(ghost.status).toBe(422);
    expect((await api.call('GET', '/api/tasks?status=maybe', { token: rep })).status).toBe(400);
  });
});
