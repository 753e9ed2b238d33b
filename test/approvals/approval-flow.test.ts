import { cardText } from '../fakes/fake-bot-connector';
import { startApprovals, type Approvals, type Person } from './approvals-harness';
import { createOrganisation, logMeetingWithSignChange, users } from './approvals-fixtures';

let approvals: Approvals;
let rep: Person;
let manager: Person;

beforeAll(async () => {
  approvals = await startApprovals();
  manager = await approvals.person(users.manager);
  rep = await approvals.person(users.rep, users.manager);
  await approvals.install(users.manager);
  await approvals.install(users.rep);
});
afterAll(() => approvals.stop());

it('sends a request made in an interaction to the manager Graph names, as an Adaptive Card', async () => {
  const { tierId } = await createOrganisation(approvals, rep);
  const { changeRequestId } = await logMeetingWithSignChange(approvals, rep, tierId);

  const request = await approvals.api.call('GET', `/api/change-requests/${changeRequestId}`, { token: rep.token });
  expect(request.body).toMatchObject({ status: 'pending', routing: 'manager', approverIds: [users.manager.userId], requestedBy: users.rep.userId });
  expect(approvals.graph.managerCalls().at(-1)?.headers.authorization).toMatch(/^Bearer /);

  const [posted] = approvals.cardsPostedTo(users.manager.userId).filter((c) => cardText(c.card).includes('Ficelle & Fils'));
  expect(posted).toBeDefined();
  expect(posted!.headers.authorization).toMatch(/^Bearer /);
  const text = cardText(posted!.card);
  for (const expected of ['Boulangeries Ficelle', 'Shop sign', 'Alice Martin', 'New sign seen over the shop', 'Visite du magasin de Lille', 'Approve', 'Reject'])
    expect(text).toContain(expected);
  expect(posted!.card.actions?.map((a) => a.verb)).toEqual(['approve', 'reject']);
  expect(posted!.card.refresh).toMatchObject({ action: { type: 'Action.Execute', verb: 'refresh' }, userIds: expect.arrayContaining([`29:${users.manager.userId}`]) });
});

it('approving in the card applies the change as a dated fact, refreshes the card and tells the requester', async () => {
  const { tierId } = await createOrganisation(approvals, rep, 'Fromagerie Tome');
  const first = await logMeetingWithSignChange(approvals, rep, tierId, { to: 'Tome & Cie' });
  expect((await approvals.invoke(users.manager, 'approve', first.changeRequestId)).status).toBe(200);
  const second = await logMeetingWithSignChange(approvals, rep, tierId, { from: 'Tome & Cie', to: 'La Tome Dorée' });
  const [approverCard] = approvals.cardsPostedTo(users.manager.userId).filter((c) => cardText(c.card).includes('La Tome Dorée'));

  const answer = await approvals.invoke(users.manager, 'approve', second.changeRequestId, { comment: 'Vu sur place' });
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  expect(cardText(answer.body.value)).toMatch(/Approved by Claire Dubois/);
  expect(answer.body.value.actions).toBeUndefined();

  const history = await approvals.api.call('GET', `/api/tiers/${tierId}/facts/sign/history`, { token: rep.token });
  expect(history.body.items.map((f: { value: string; validTo: string | null }) => [f.value, f.validTo === null])).toEqual([
    ['La Tome Dorée', true],
    ['Tome & Cie', false],
  ]);
  expect(history.body.items[0].source).toEqual({ kind: 'change-request', id: second.changeRequestId });

  const decided = await approvals.api.call('GET', `/api/change-requests/${second.changeRequestId}`, { token: rep.token });
  expect(decided.body).toMatchObject({ status: 'approved', decidedBy: users.manager.userId, decidedByName: 'Claire Dubois', comment: 'Vu sur place' });

  const audit = await approvals.api.call('GET', `/api/change-requests/${second.changeRequestId}/audit`, { token: manager.token });
  expect(audit.body.items.map((r: { action: string; actorId: string }) => [r.action, r.actorId])).toEqual([
    ['change-request.requested', users.rep.userId],
    ['change-request.approved', users.manager.userId],
  ]);
  expect(audit.body.items[1].details).toMatchObject({ requestedBy: users.rep.userId, reason: 'New sign seen over the shop', comment: 'Vu sur place' });

  const updated = approvals.connector.updates(approverCard!.activityId);
  expect(updated).toHaveLength(1);
  expect(cardText(updated[0]!.body)).toMatch(/Approved by Claire Dubois/);
  const outcome = approvals.cardsPostedTo(users.rep.userId).find((c) => cardText(c.card).includes('La Tome Dorée'));
  expect(cardText(outcome!.card)).toMatch(/Approved by Claire Dubois.*\n.*Vu sur place/);

  const refreshed = await approvals.invoke(users.rep, 'refresh', second.changeRequestId);
  expect(cardText(refreshed.body.value)).toMatch(/Approved by Claire Dubois/);
});

it('approving a top-level field replaces it and keeps what it held in the request and the audit trail', async () => {
  const { tierId } = await createOrganisation(approvals, rep, 'Cave Bacchus');
  const created = await approvals.api.call('POST', '/api/change-requests', {
    token: rep.token,
    body: { tierId, changes: [{ path: 'website', to: 'https://bacchus.example.fr' }], reason: 'New site' },
  });
  expect(created.status).toBe(201);
  const decided = await approvals.api.call('POST', `/api/change-requests/${created.body.id}/decision`, { token: manager.token, body: { decision: 'approve' } });
  expect(decided.status).toBe(200);
  expect(decided.body.changes).toEqual([{ path: 'website', from: 'https://ficelle.example.fr', to: 'https://bacchus.example.fr' }]);
  expect((await approvals.api.call('GET', `/api/tiers/${tierId}`, { token: rep.token })).body.website).toBe('https://bacchus.example.fr');
  const audit = await approvals.api.call('GET', `/api/change-requests/${created.body.id}/audit`, { token: rep.token });
  expect(audit.body.items.at(-1).details.changes).toEqual(decided.body.changes);
});

it('rejecting keeps the referential intact and tells the requester, with the comment', async () => {
  const { tierId } = await createOrganisation(approvals, rep, 'Librairie Page');
  const { changeRequestId } = await logMeetingWithSignChange(approvals, rep, tierId, { to: 'Page & Plume' });
  const before = await approvals.api.call('GET', `/api/tiers/${tierId}/card`, { token: rep.token });

  const rejected = await approvals.api.call('POST', `/api/change-requests/${changeRequestId}/decision`, {
    token: manager.token,
    body: { decision: 'reject', comment: 'Enseigne provisoire, on attend la confirmation' },
  });
  expect(rejected.status).toBe(200);
  expect(rejected.body).toMatchObject({ status: 'rejected', comment: 'Enseigne provisoire, on attend la confirmation' });

  const after = await approvals.api.call('GET', `/api/tiers/${tierId}/card`, { token: rep.token });
  expect(after.body.tier).toEqual(before.body.tier);
  expect(after.body.facts).toEqual(before.body.facts);
  expect((await approvals.api.call('GET', `/api/tiers/${tierId}/facts/sign/history`, { token: rep.token })).body.items).toEqual([]);

  const outcome = approvals.cardsPostedTo(users.rep.userId).find((c) => cardText(c.card).includes('Page & Plume'));
  expect(cardText(outcome!.card)).toMatch(/Rejected by Claire Dubois[\s\S]*Enseigne provisoire/);
  const [approverCard] = approvals.cardsPostedTo(users.manager.userId).filter((c) => cardText(c.card).includes('Page & Plume'));
  expect(cardText(approvals.connector.updates(approverCard!.activityId)[0]!.body)).toMatch(/Rejected by Claire Dubois/);
});
