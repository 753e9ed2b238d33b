import { cardOf, cardText } from '../fakes/fake-bot-connector';
import { startApprovals, TENANT_ID, type Approvals, type Person } from './approvals-harness';
import { createOrganisation, logMeetingWithSignChange, users } from './approvals-fixtures';

let approvals: Approvals;
let rep: Person;
let manager: Person;
let steward: Person;

beforeAll(async () => {
  approvals = await startApprovals({
    RELAIS_STEWARD_IDS: users.steward.userId,
    RELAIS_STEWARD_GROUPS: JSON.stringify({ 'team:export': ['stw-export'], 'territory:Bretagne': ['stw-bzh'] }),
  });
  manager = await approvals.person(users.manager);
  steward = await approvals.person(users.steward);
  rep = await approvals.person(users.rep, users.manager);
  await approvals.install(users.manager);
  await approvals.install(users.steward);
});
afterAll(() => approvals.stop());

const requestOf = async (id: string) => (await approvals.api.call('GET', `/api/change-requests/${id}`, { token: steward.token })).body;

it('when Graph is down the request is still made, goes to the stewards, and is routed to the manager once Graph answers', async () => {
  const { tierId } = await createOrganisation(approvals, rep, 'Poissonnerie Marée');
  approvals.graph.setDown(true);
  const { changeRequestId } = await logMeetingWithSignChange(approvals, rep, tierId, { to: 'Marée Haute' });
  expect(await requestOf(changeRequestId)).toMatchObject({ status: 'pending', routing: 'stewards-fallback', approverIds: [users.steward.userId], routingRetry: true });
  expect(approvals.cardsPostedTo(users.steward.userId).some((c) => cardText(c.card).includes('Marée Haute'))).toBe(true);
  expect(approvals.cardsPostedTo(users.manager.userId).some((c) => cardText(c.card).includes('Marée Haute'))).toBe(false);

  const stillDown = await approvals.api.call('POST', '/api/change-requests/routing/retry', { token: steward.token });
  expect(stillDown.body).toEqual({ rerouted: [], stillWaiting: [changeRequestId] });
  approvals.graph.setDown(false);
  expect((await approvals.api.call('POST', '/api/change-requests/routing/retry', { token: manager.token })).status).toBe(403);
  const retried = await approvals.api.call('POST', '/api/change-requests/routing/retry', { token: steward.token });
  expect(retried.body).toEqual({ rerouted: [changeRequestId], stillWaiting: [] });
  expect(await requestOf(changeRequestId)).toMatchObject({ routing: 'manager', approverIds: [users.manager.userId], routingRetry: false });
  const trail = await approvals.api.call('GET', `/api/change-requests/${changeRequestId}/audit`, { token: steward.token });
  expect(trail.body.items.map((r: { action: string }) => r.action)).toEqual(expect.arrayContaining(['change-request.requested', 'change-request.routed']));
  expect(approvals.cardsPostedTo(users.manager.userId).some((c) => cardText(c.card).includes('Marée Haute'))).toBe(true);
});

it('a requester without a manager goes to the stewards for good; a steward decides in Teams by role', async () => {
  const loner = await approvals.person({ userId: 'rep-loner', name: 'Gaspard Seul', roles: ['rep'] });
  const { tierId } = await createOrganisation(approvals, loner, 'Chapellerie Feutre');
  const { changeRequestId } = await logMeetingWithSignChange(approvals, loner, tierId, { to: 'Feutre & Paille' });
  expect(await requestOf(changeRequestId)).toMatchObject({ routing: 'stewards-fallback', approverIds: [users.steward.userId], routingRetry: false });
  const answer = await approvals.invoke(users.steward, 'approve', changeRequestId);
  expect(cardText(answer.body.value)).toContain('Approved by Emma Laurent');
});

it('a steward group set for the owner team or the territory takes the request instead of the manager', async () => {
  const exporter = await approvals.person({ ...users.otherRep, teams: ['export'] }, users.manager);
  const { tierId } = await createOrganisation(approvals, exporter, 'Biscuiterie Export');
  const { changeRequestId } = await logMeetingWithSignChange(approvals, exporter, tierId, { to: 'Biscuits du Monde' });
  expect(await requestOf(changeRequestId)).toMatchObject({ routing: 'steward-group', approverIds: ['stw-export'] });

  const { tierId: breton } = await createOrganisation(approvals, rep, 'Crêperie Blé Noir');
  const territory = await approvals.api.call('POST', '/api/change-requests', { token: rep.token, body: { tierId: breton, changes: [{ path: 'facts.territory', to: 'Bretagne' }] } });
  await approvals.api.call('POST', `/api/change-requests/${territory.body.id}/decision`, { token: manager.token, body: { decision: 'approve' } });
  const { changeRequestId: signId } = await logMeetingWithSignChange(approvals, rep, breton, { to: 'Ty Crêpes' });
  expect(await requestOf(signId)).toMatchObject({ routing: 'steward-group', approverIds: ['stw-bzh'] });
});

it('an approver the bot never talked to gets a new one-to-one chat', async () => {
  const newcomer = { userId: 'mgr-newcomer', name: 'Hélène Neuve', roles: ['manager' as const] };
  const junior = await approvals.person({ userId: 'rep-junior', name: 'Jules Junior', roles: ['rep'] }, newcomer);
  const { tierId } = await createOrganisation(approvals, junior, 'Torréfaction Arabica');
  await logMeetingWithSignChange(approvals, junior, tierId, { to: 'Arabica & Robusta' });
  const opened = approvals.connector.calls.find((c) => c.kind === 'create-conversation' && JSON.stringify(c.body).includes('mgr-newcomer'));
  expect(opened?.body).toMatchObject({ isGroup: false, tenantId: TENANT_ID, members: [{ id: 'mgr-newcomer' }] });
  const posted = approvals.connector.posts(opened!.conversationId);
  expect(cardText(cardOf(posted[0]!))).toContain('Arabica & Robusta');
});

it('"pending" answers with what waits for the user and their own open requests', async () => {
  const { tierId } = await createOrganisation(approvals, rep, 'Fleuriste Pétale');
  await logMeetingWithSignChange(approvals, rep, tierId, { to: 'Pétales & Tiges' });
  const before = approvals.cardsPostedTo(users.manager.userId).length;
  expect((await approvals.message(users.manager, 'pending')).status).toBe(200);
  const list = approvals.cardsPostedTo(users.manager.userId)[before]!;
  const text = cardText(list.card);
  expect(text).toContain('Pending approvals');
  expect(text).toContain('Fleuriste Pétale');
  expect(text).toContain('Pétales & Tiges');

  const opened = await approvals.invoke(users.manager, 'open', JSON.stringify(list.card).match(/"changeRequestId":"([^"]+)"/)![1]!);
  expect(opened.body.value.actions.map((a: { verb: string }) => a.verb)).toEqual(['approve', 'reject']);

  await approvals.message(users.manager, 'hello');
  expect(cardText(approvals.cardsPostedTo(users.manager.userId).at(-1)!.card)).toContain('pending');
});
