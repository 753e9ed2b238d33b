import { startApi, type TestApi } from '../support/api-harness';
import { create, interaction, organisation, person } from '../support/factories';

/**
 * What one team may learn of another's confidential tiers through shared records: task lists, tasks
 * on several tiers, interactions shared with a confidential tier, additions to them, and who may hand
 * a tier to someone else (`owner` grants sight of a confidential tier).
 */
let api: TestApi;
const tokens: Record<string, string> = {};
let publicOrg: { id: string };
let secret: { id: string };
let sharedTask: { id: string };
let personalTask: { id: string };
let shared: { id: string };
const SOURCE = '<zorglub-7731@client.fr>';

const users = {
  nRep: { userId: 'n-rep', name: 'Nadia North', roles: ['rep'], teams: ['north'] },
  nRep2: { userId: 'n-rep2', name: 'Noé North', roles: ['rep'], teams: ['north'] },
  nMgr: { userId: 'n-mgr', name: 'Nora Manager', roles: ['manager'], teams: ['north'] },
  sRep: { userId: 's-rep', name: 'Sacha South', roles: ['rep'], teams: ['south'] },
  sMgr: { userId: 's-mgr', name: 'Solène Manager', roles: ['manager'], teams: ['south'] },
  steward: { userId: 'stew', name: 'Stan Steward', roles: ['steward'], teams: [] },
  admin: { userId: 'adm', name: 'Ada Admin', roles: ['admin'], teams: [] },
} as const;
type Who = keyof typeof users;

const as = (who: Who, method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) =>
  api.call(method, path, { token: tokens[who]!, ...options });
const ids = (items: { id: string }[]) => items.map((i) => i.id);

beforeAll(async () => {
  api = await startApi({ RELAIS_RATE_LIMIT_PER_MINUTE: '0' });
  for (const [who, user] of Object.entries(users)) tokens[who] = await api.tokenFor({ ...user, roles: [...user.roles], teams: [...user.teams] });
  publicOrg = await create(api, tokens.sRep!, organisation({ names: [{ type: 'legal', value: 'Brasserie Ouverte SAS' }] }));
  secret = await create(api, tokens.sRep!, organisation({ names: [{ type: 'legal', value: 'Zorglub Confidentiel SA' }], confidentiality: 'confidential' }));
  const task = await as('sRep', 'POST', '/api/tasks', { body: { title: 'Offre Zorglub à relire', tierIds: [publicOrg.id, secret.id], assigneeId: 'n-rep' } });
  const own = await as('nRep', 'POST', '/api/tasks', { body: { title: 'Appeler le comptable' } });
  const logged = await as('sRep', 'POST', '/api/interactions', {
    body: interaction([publicOrg.id, secret.id], { source: { kind: 'email', id: SOURCE }, subject: 'Projet Zorglub', summary: 'Zorglub rachète la brasserie' }),
  });
  for (const r of [task, own, logged]) expect(r.status).toBe(201);
  [sharedTask, personalTask, shared] = [task.body, own.body, logged.body];
}, 60_000);
afterAll(() => api.stop());

describe('task lists: who reads whose', () => {
  it('a rep reads their own list only; a manager their teams’ reps’; stewards and admins anyone’s', async () => {
    const reads: Record<Who, number> = { nRep: 0, nRep2: 0, nMgr: 0, sRep: 0, sMgr: 0, steward: 0, admin: 0 };
    for (const who of Object.keys(users) as Who[]) reads[who] = (await as(who, 'GET', '/api/tasks?assignee=n-rep')).status;
    expect(reads).toEqual({ nRep: 200, nRep2: 403, nMgr: 200, sRep: 403, sMgr: 403, steward: 200, admin: 200 });
    const refused = await as('sMgr', 'GET', '/api/tasks?assignee=n-rep');
    expect(refused.body.code).toBe('TASK.FORBIDDEN');
    expect(refused.text).not.toContain(secret.id);
  });

  it('never shows a task, its title or a tier id the reader may not see', async () => {
    const mine = await as('nRep', 'GET', '/api/tasks?assignee=me');
    const assigned = mine.body.items.find((t: { id: string }) => t.id === sharedTask.id);
    expect(assigned).toMatchObject({ title: 'Offre Zorglub à relire', tierIds: [publicOrg.id] });
    expect(mine.text).not.toContain(secret.id);

    const managed = await as('nMgr', 'GET', '/api/tasks?assignee=n-rep');
    expect(ids(managed.body.items)).toEqual([personalTask.id]);
    expect(managed.text).not.toMatch(/zorglub/i);

    const audited = await as('steward', 'GET', '/api/tasks?assignee=n-rep');
    expect(ids(audited.body.items).sort()).toEqual([personalTask.id, sharedTask.id].sort());
    expect(audited.body.items.find((t: { id: string }) => t.id === sharedTask.id).tierIds).toEqual([publicOrg.id, secret.id]);
  });

  it('a task read alone or on a card carries only the tiers the reader sees', async () => {
    const alone = await as('nRep', 'GET', `/api/tasks/${sharedTask.id}`);
    expect([alone.status, alone.body.tierIds]).toEqual([200, [publicOrg.id]]);
    expect((await as('nRep2', 'GET', `/api/tasks/${sharedTask.id}`)).status).toBe(404);

    const assigneeCard = await as('nRep', 'GET', `/api/tiers/${publicOrg.id}/card`);
    expect(assigneeCard.body.openTasks.find((t: { id: string }) => t.id === sharedTask.id).tierIds).toEqual([publicOrg.id]);
    expect(assigneeCard.text).not.toContain(secret.id);
    const otherCard = await as('nRep2', 'GET', `/api/tiers/${publicOrg.id}/card`);
    expect(ids(otherCard.body.openTasks)).not.toContain(sharedTask.id);
    expect(otherCard.text).not.toContain(secret.id);
    const ownerCard = await as('sRep', 'GET', `/api/tiers/${publicOrg.id}/card`);
    expect(ownerCard.body.openTasks.find((t: { id: string }) => t.id === sharedTask.id).tierIds).toEqual([publicOrg.id, secret.id]);
  });
});

describe('an interaction shared with a confidential tier is as confidential as that tier', () => {
  it('is seen whole by whoever sees every participant, and by the rep who logged it', async () => {
    for (const who of ['sRep', 'steward'] as const) {
      const read = await as(who, 'GET', `/api/interactions/${shared.id}`);
      expect([read.status, read.body.summary, read.body.participants.length]).toEqual([200, 'Zorglub rachète la brasserie', 2]);
    }
  });

  it('does not exist for anyone else: not read, not by source, not on the card or the timeline', async () => {
    for (const who of ['nRep2', 'nMgr'] as const) {
      expect((await as(who, 'GET', `/api/interactions/${shared.id}`)).status).toBe(404);
      const bySource = await as(who, 'GET', `/api/interactions/by-source?kind=email&id=${encodeURIComponent(SOURCE)}`);
      expect([bySource.status, bySource.body.code]).toEqual([404, 'INTERACTION.NOT_FOUND']);
      const card = await as(who, 'GET', `/api/tiers/${publicOrg.id}/card`);
      const timeline = await as(who, 'GET', `/api/tiers/${publicOrg.id}/timeline`);
      for (const answer of [card, timeline]) {
        expect(answer.status).toBe(200);
        expect(answer.text).not.toMatch(/zorglub/i);
        expect(answer.text).not.toContain(shared.id);
      }
      const again = await as(who, 'POST', '/api/interactions', { body: interaction([publicOrg.id], { source: { kind: 'email', id: SOURCE } }) });
      expect([again.status, again.body.code]).toEqual([409, 'INTERACTION.LOGGED_ELSEWHERE']);
    }
  });

  it('an interaction between visible tiers only stays on everyone’s card', async () => {
    const open = await as('sRep', 'POST', '/api/interactions', { body: interaction([publicOrg.id], { subject: 'Dégustation publique' }) });
    const timeline = await as('nRep2', 'GET', `/api/tiers/${publicOrg.id}/timeline`);
    expect(timeline.body.items.map((e: { interactionId: string }) => e.interactionId)).toContain(open.body.id);
  });

  it('cannot be extended by someone who sees only one participant: no task lands on the confidential tier', async () => {
    const added = await as('nRep2', 'POST', `/api/interactions/${shared.id}/additions`, { body: { tasks: [{ title: 'Tâche passager clandestin' }] } });
    expect(added.status).toBe(404);
    const card = await as('sRep', 'GET', `/api/tiers/${secret.id}/card`);
    expect(card.body.openTasks.map((t: { title: string }) => t.title)).not.toContain('Tâche passager clandestin');
  });
});

describe('owner: who follows a tier sees it even when confidential, so only its governors hand it over', () => {
  const patchOwner = async (who: Who, tierId: string, owner: string) => {
    const read = await as('steward', 'GET', `/api/tiers/${tierId}`);
    return as(who, 'PATCH', `/api/tiers/${tierId}`, { body: { owner }, headers: { 'if-match': read.headers.get('etag')! } });
  };

  it('a rep may not change it, even on a tier they just created; another team’s manager neither', async () => {
    const tier = await create(api, tokens.nRep!, organisation({ confidentiality: 'confidential' }));
    const rep = await patchOwner('nRep', tier.id, 's-rep');
    expect([rep.status, rep.body.code, rep.body.errors]).toEqual([403, 'TIER.FIELD_FORBIDDEN', [{ path: 'owner', message: expect.any(String) }]]);
    const publicTier = await create(api, tokens.nRep!, organisation());
    for (const who of ['nRep2', 'sMgr'] as const) {
      const refused = await patchOwner(who, publicTier.id, users[who].userId);
      expect({ who, status: refused.status, code: refused.body.code }).toEqual({ who, status: 403, code: 'TIER.FIELD_FORBIDDEN' });
    }
    expect((await patchOwner('nMgr', publicTier.id, 'n-rep2')).status).toBe(200);
    expect((await patchOwner('steward', publicTier.id, 'n-rep')).status).toBe(200);
  });

  it('a confidential tier its manager gave to someone else is out of its creator’s sight', async () => {
    const tier = await create(api, tokens.nRep!, organisation({ confidentiality: 'confidential' }));
    expect((await as('nRep', 'GET', `/api/tiers/${tier.id}`)).status).toBe(200);
    expect((await patchOwner('nMgr', tier.id, 'n-mgr')).status).toBe(200);
    expect((await as('nRep', 'GET', `/api/tiers/${tier.id}`)).status).toBe(404);
    expect((await patchOwner('nRep', tier.id, 'n-rep')).status).toBe(404);
  });
});

describe('jobs and parked messages', () => {
  it('a job is read by its requester, stewards and admins: another rep, or a manager, gets what an unknown id gets', async () => {
    const who = await create(api, tokens.sRep!, person({ firstName: 'Zoé', lastName: 'Zorglub', confidentiality: 'confidential', organisationId: secret.id }));
    const started = await as('steward', 'POST', `/api/persons/${who.id}/export`);
    expect(started.status).toBe(202);
    await api.drain();
    const unknown = await as('nRep', 'GET', '/api/jobs/00000000000000000000000000000000');
    expect([unknown.status, unknown.body.code]).toEqual([404, 'JOB.NOT_FOUND']);
    for (const who of ['nRep', 'sRep', 'nMgr', 'sMgr'] as const) {
      const refused = await as(who, 'GET', `/api/jobs/${started.body.id}`);
      expect({ who, status: refused.status, code: refused.body.code, zorglub: refused.text.includes('Zorglub') }).toEqual({ who, status: 404, code: 'JOB.NOT_FOUND', zorglub: false });
    }
    for (const who of ['steward', 'admin'] as const) expect({ who, status: (await as(who, 'GET', `/api/jobs/${started.body.id}`)).status }).toEqual({ who, status: 200 });
  });

  it('only admins read the dead letters', async () => {
    for (const who of ['nRep', 'nMgr', 'steward'] as const) {
      const refused = await as(who, 'GET', '/api/admin/dead-letters');
      expect({ who, status: refused.status, code: refused.body.code }).toEqual({ who, status: 403, code: 'ADMIN.FORBIDDEN' });
    }
    expect((await as('admin', 'GET', '/api/admin/dead-letters')).status).toBe(200);
  });
});
