import { cardText } from '../fakes/fake-bot-connector';
import type { Approvals, Person } from './approvals-harness';
import { createOrganisation, logMeetingWithSignChange, startManagerStewardAndRep, users } from './approvals-fixtures';

let approvals: Approvals;
let rep: Person;
let manager: Person;
let steward: Person;

beforeAll(async () => {
  ({ approvals, manager, steward, rep } = await startManagerStewardAndRep());
});
afterAll(() => approvals.stop());

const signHistory = async (tierId: string) =>
  (await approvals.api.call('GET', `/api/tiers/${tierId}/facts/sign/history`, { token: rep.token })).body.items as { value: string; validTo: string | null }[];

it('ten approvals at once over HTTP, from two approvers, apply the change once; the others hear who decided', async () => {
  const { tierId } = await createOrganisation(approvals, rep, 'Quincaillerie Vis');
  const { changeRequestId } = await logMeetingWithSignChange(approvals, rep, tierId, { to: 'Vis & Boulons' });

  const answers = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      approvals.api.call('POST', `/api/change-requests/${changeRequestId}/decision`, { token: i % 2 ? steward.token : manager.token, body: { decision: 'approve' } }),
    ),
  );
  const won = answers.filter((a) => a.status === 200);
  expect(won).toHaveLength(1);
  const lost = answers.filter((a) => a.status !== 200);
  expect(lost.map((a) => [a.status, a.body.code])).toEqual(Array.from({ length: 9 }, () => [409, 'CHANGE_REQUEST.ALREADY_DECIDED']));
  expect(lost.every((a) => a.body.decidedBy === won[0]!.body.decidedBy)).toBe(true);
  expect(await signHistory(tierId)).toEqual([expect.objectContaining({ value: 'Vis & Boulons', validTo: null })]);

  const audit = await approvals.api.call('GET', `/api/change-requests/${changeRequestId}/audit`, { token: rep.token });
  expect(audit.body.items.filter((r: { action: string }) => r.action === 'change-request.approved')).toHaveLength(1);
});

it('ten clicks on Approve at once (double clicks, retried invokes) apply once; the others get "already decided" cards', async () => {
  const { tierId } = await createOrganisation(approvals, rep, 'Mercerie Fil');
  const { changeRequestId } = await logMeetingWithSignChange(approvals, rep, tierId, { to: 'Fil & Aiguille' });

  const answers = await Promise.all(Array.from({ length: 10 }, () => approvals.invoke(users.manager, 'approve', changeRequestId)));
  expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 10 }, () => 200));
  const texts = answers.map((a) => cardText(a.body.value));
  expect(texts.filter((t) => !t.includes('already decided'))).toHaveLength(1);
  expect(texts.filter((t) => t.includes('This request was already decided by Claire Dubois.'))).toHaveLength(9);
  expect(texts.every((t) => t.includes('Approved by Claire Dubois'))).toBe(true);
  expect(await signHistory(tierId)).toEqual([expect.objectContaining({ value: 'Fil & Aiguille', validTo: null })]);
});

it('an approval and a rejection racing end with one decision, and the change applied only if approval won', async () => {
  const { tierId } = await createOrganisation(approvals, rep, 'Droguerie Savon');
  const { changeRequestId } = await logMeetingWithSignChange(approvals, rep, tierId, { to: 'Savon & Co' });
  const [http, card] = await Promise.all([
    approvals.api.call('POST', `/api/change-requests/${changeRequestId}/decision`, { token: steward.token, body: { decision: 'reject' } }),
    approvals.invoke(users.manager, 'approve', changeRequestId),
  ]);
  const final = (await approvals.api.call('GET', `/api/change-requests/${changeRequestId}`, { token: rep.token })).body;
  if (final.status === 'approved') {
    expect(http.status).toBe(409);
    expect(await signHistory(tierId)).toHaveLength(1);
  } else {
    expect(final.status).toBe('rejected');
    expect(cardText(card.body.value)).toContain('already decided by Emma Laurent');
    expect(await signHistory(tierId)).toEqual([]);
  }
});
