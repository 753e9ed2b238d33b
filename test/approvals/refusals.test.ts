import { BOT_FRAMEWORK_ISSUER, cardText } from '../fakes/fake-bot-connector';
import { BOT_APP_ID, startApprovals, type Approvals, type Person } from './approvals-harness';
import { createOrganisation, logMeetingWithSignChange, users } from './approvals-fixtures';

let approvals: Approvals;
let rep: Person;
let otherRep: Person;
let manager: Person;
let otherManager: Person;

beforeAll(async () => {
  approvals = await startApprovals();
  manager = await approvals.person(users.manager);
  otherManager = await approvals.person(users.otherManager);
  rep = await approvals.person(users.rep, users.manager);
  otherRep = await approvals.person(users.otherRep, users.otherManager);
});
afterAll(() => approvals.stop());

const pendingRequest = async (name: string) => {
  const { tierId } = await createOrganisation(approvals, rep, name);
  return { tierId, ...(await logMeetingWithSignChange(approvals, rep, tierId, { to: `${name} Nouvelle` })) };
};

const statusOf = async (id: string) => (await approvals.api.call('GET', `/api/change-requests/${id}`, { token: rep.token })).body.status;

it('someone the request was not routed to may not decide it: 403 over HTTP, a card saying so in Teams', async () => {
  const { changeRequestId } = await pendingRequest('Atelier Cuir');
  const http = await approvals.api.call('POST', `/api/change-requests/${changeRequestId}/decision`, { token: otherManager.token, body: { decision: 'approve' } });
  expect([http.status, http.body.code]).toEqual([403, 'CHANGE_REQUEST.NOT_APPROVER']);
  const own = await approvals.api.call('POST', `/api/change-requests/${changeRequestId}/decision`, { token: rep.token, body: { decision: 'approve' } });
  expect(own.status).toBe(403);

  const card = await approvals.invoke(users.otherManager, 'approve', changeRequestId);
  expect(card.status).toBe(200);
  expect(cardText(card.body.value)).toContain('You are not an approver of this request');
  expect(card.body.value.actions).toBeUndefined();
  expect(await statusOf(changeRequestId)).toBe('pending');
});

it('the "to decide" list holds what was routed to the caller', async () => {
  const { changeRequestId } = await pendingRequest('Verrerie Cristal');
  const ids = async (token: string) =>
    (await approvals.api.call('GET', '/api/change-requests?status=pending&mine=to-decide', { token })).body.items.map((r: { id: string }) => r.id);
  expect(await ids(manager.token)).toContain(changeRequestId);
  expect(await ids(otherManager.token)).not.toContain(changeRequestId);
  expect(await ids(rep.token)).not.toContain(changeRequestId);
});

it('a forged invoke is refused before anything runs: no token, a foreign signature, the wrong audience or issuer', async () => {
  const { changeRequestId } = await pendingRequest('Tannerie Peau');
  const forged = [
    null,
    'not-a-jwt',
    await approvals.connector.forgedTokenFor(BOT_APP_ID),
    await approvals.connector.tokenFor('another-bot'),
    await approvals.connector.tokenFor(BOT_APP_ID, { iss: 'https://evil.example' }),
    await approvals.connector.tokenFor(BOT_APP_ID, { serviceurl: 'https://evil.example/teams' }),
  ];
  for (const token of forged) {
    const answer = await approvals.invoke(users.manager, 'approve', changeRequestId, {}, token);
    expect(answer.status).toBe(401);
  }
  expect(await statusOf(changeRequestId)).toBe('pending');
  expect((await approvals.invoke(users.manager, 'approve', changeRequestId, {}, await approvals.connector.tokenFor(BOT_APP_ID, { iss: BOT_FRAMEWORK_ISSUER }))).status).toBe(200);
});

it('an unknown request: 404 over HTTP, a card saying so in Teams', async () => {
  const http = await approvals.api.call('POST', '/api/change-requests/does-not-exist/decision', { token: manager.token, body: { decision: 'approve' } });
  expect([http.status, http.body.code]).toEqual([404, 'CHANGE-REQUEST.NOT_FOUND']);
  const card = await approvals.invoke(users.manager, 'approve', 'does-not-exist');
  expect(cardText(card.body.value)).toContain('This change request does not exist');
  const badVerb = await approvals.invoke(users.manager, 'explode', 'does-not-exist');
  expect(badVerb.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
});

it('only the requester withdraws, and only while pending', async () => {
  const { changeRequestId } = await pendingRequest('Forge Enclume');
  const byOther = await approvals.api.call('POST', `/api/change-requests/${changeRequestId}/withdraw`, { token: otherRep.token });
  expect(byOther.status).toBe(403);
  const card = await approvals.invoke(users.rep, 'withdraw', changeRequestId);
  expect(cardText(card.body.value)).toContain('Withdrawn by Alice Martin');
  const late = await approvals.api.call('POST', `/api/change-requests/${changeRequestId}/decision`, { token: manager.token, body: { decision: 'approve' } });
  expect([late.status, late.body.code]).toEqual([409, 'CHANGE_REQUEST.ALREADY_DECIDED']);
});

it('a change to what is not reference data is refused when the request is made', async () => {
  const { tierId } = await createOrganisation(approvals, rep, 'Scierie Planche');
  const direct = await approvals.api.call('POST', '/api/change-requests', { token: rep.token, body: { tierId, changes: [{ path: 'ownerTeam', to: 'south' }] } });
  expect([direct.status, direct.body.code]).toEqual([400, 'CHANGE_REQUEST.INVALID']);
  expect(direct.body.errors[0].path).toBe('changes.0.path');
  const viaInteraction = await approvals.api.call('POST', '/api/interactions', {
    token: rep.token,
    body: {
      direction: 'outbound',
      medium: 'phone',
      occurredAt: '2025-03-14T09:30:00+01:00',
      participants: [{ tierId }],
      changeRequests: [{ changes: [{ path: 'status', to: 'erased' }] }],
    },
  });
  expect(viaInteraction.status).toBe(422);
  expect(viaInteraction.body.errors[0].path).toBe('changeRequests.0.changes.0.path');
  const badValue = await approvals.api.call('POST', '/api/change-requests', { token: rep.token, body: { tierId, changes: [{ path: 'facts.lifecycle', to: 'best-friend' }] } });
  expect(badValue.status).toBe(400);
});
