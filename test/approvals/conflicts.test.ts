import { cardText } from '../fakes/fake-bot-connector';
import { startApprovals, type Approvals, type Person } from './approvals-harness';
import { createOrganisation, users } from './approvals-fixtures';

let approvals: Approvals;
let rep: Person;
let manager: Person;

beforeAll(async () => {
  approvals = await startApprovals();
  manager = await approvals.person(users.manager);
  rep = await approvals.person(users.rep, users.manager);
  await approvals.install(users.rep);
});
afterAll(() => approvals.stop());

const requestWebsite = async (tierId: string, from: string, to: string) => {
  const created = await approvals.api.call('POST', '/api/change-requests', {
    token: rep.token,
    body: { tierId, changes: [{ path: 'website', from, to }], reason: 'Seen on their invoice' },
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
};

it('a change whose starting value no longer holds is not applied: 409, the request is conflicted', async () => {
  const { tierId, etag } = await createOrganisation(approvals, rep, 'Garage Piston');
  const id = await requestWebsite(tierId, 'https://ficelle.example.fr', 'https://piston.example.fr');
  const patched = await approvals.api.call('PATCH', `/api/tiers/${tierId}`, { token: rep.token, headers: { 'if-match': etag }, body: { website: 'https://garage-piston.example.fr' } });
  expect(patched.status).toBe(200);

  const answer = await approvals.api.call('POST', `/api/change-requests/${id}/decision`, { token: manager.token, body: { decision: 'approve' } });
  expect(answer.status).toBe(409);
  expect(answer.body).toMatchObject({
    code: 'CHANGE_REQUEST.CONFLICT',
    conflicts: [{ path: 'website', expected: 'https://ficelle.example.fr', actual: 'https://garage-piston.example.fr' }],
  });
  expect((await approvals.api.call('GET', `/api/tiers/${tierId}`, { token: rep.token })).body.website).toBe('https://garage-piston.example.fr');
  expect((await approvals.api.call('GET', `/api/change-requests/${id}`, { token: rep.token })).body).toMatchObject({ status: 'conflicted', decidedBy: users.manager.userId });
  const again = await approvals.api.call('POST', `/api/change-requests/${id}/decision`, { token: manager.token, body: { decision: 'approve' } });
  expect([again.status, again.body.code]).toEqual([409, 'CHANGE_REQUEST.ALREADY_DECIDED']);
});

it('in Teams the card says so, and offers the requester to request again from the current values', async () => {
  const { tierId, etag } = await createOrganisation(approvals, rep, 'Pressing Net');
  const id = await requestWebsite(tierId, 'https://ficelle.example.fr', 'https://net.example.fr');
  await approvals.api.call('PATCH', `/api/tiers/${tierId}`, { token: rep.token, headers: { 'if-match': etag }, body: { website: 'https://pressing-net.example.fr' } });

  const answer = await approvals.invoke(users.manager, 'approve', id);
  const text = cardText(answer.body.value);
  expect(text).toContain('Not applied');
  expect(text).toContain('https://pressing-net.example.fr');
  expect(answer.body.value.actions).toBeUndefined();

  const notice = approvals.cardsPostedTo(users.rep.userId).find((c) => cardText(c.card).includes('https://net.example.fr'));
  expect(notice!.card.actions?.map((a) => a.verb)).toEqual(['rerequest']);

  const rerequested = await approvals.invoke(users.rep, 'rerequest', id);
  expect(cardText(rerequested.body.value)).toContain('A new request was sent from the current values.');
  await approvals.invoke(users.rep, 'rerequest', id);
  const mine = await approvals.api.call('GET', `/api/change-requests?mine=requested&tierId=${tierId}`, { token: rep.token });
  expect(mine.body.items).toHaveLength(1);
  expect(mine.body.items[0]).toMatchObject({ status: 'pending', changes: [{ path: 'website', from: 'https://pressing-net.example.fr', to: 'https://net.example.fr' }] });

  const approved = await approvals.api.call('POST', `/api/change-requests/${mine.body.items[0].id}/decision`, { token: manager.token, body: { decision: 'approve' } });
  expect(approved.status).toBe(200);
  expect((await approvals.api.call('GET', `/api/tiers/${tierId}`, { token: rep.token })).body.website).toBe('https://net.example.fr');
});

it('a change already made by someone else is not a conflict: approving it is harmless', async () => {
  const { tierId, etag } = await createOrganisation(approvals, rep, 'Opticien Lunette');
  const id = await requestWebsite(tierId, 'https://ficelle.example.fr', 'https://lunette.example.fr');
  await approvals.api.call('PATCH', `/api/tiers/${tierId}`, { token: rep.token, headers: { 'if-match': etag }, body: { website: 'https://lunette.example.fr' } });
  const answer = await approvals.api.call('POST', `/api/change-requests/${id}/decision`, { token: manager.token, body: { decision: 'approve' } });
  expect(answer.status).toBe(200);
});
