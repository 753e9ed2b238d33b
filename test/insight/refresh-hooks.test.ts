import type { TierInsight } from '@relais/domain';
import { startApi, type TestApi } from '../support/api-harness';
import { organisation, person } from '../support/factories';
import { createDistinct, dayAgo, daysAgo, logAt, scoresOf } from './insight-fixtures';

let api: TestApi;
let rep: string;
let steward: string;
beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] });
  steward = await api.tokenFor({ userId: 'st1', name: 'Sam Steward', roles: ['steward'], teams: ['north'] });
});
afterAll(() => api.stop());

/** What segments and scores read: the stored summary, never the card (whose read-repair would hide a missing hook). */
const summaryOf = async (tierId: string): Promise<TierInsight | undefined> => (await api.app.deps.insight!.summaries.read(tierId)).value;

const employ = async (personId: string, orgId: string) => {
  const response = await api.call('POST', '/api/relations', {
    token: rep,
    body: { typeId: 'works-for', fromId: personId, toId: orgId, status: 'ongoing', startDate: dayAgo(400) },
  });
  expect(response.status).toBe(201);
  return response.body as { id: string };
};

const riskyMembers = async (tag: string) => {
  const preview = await api.call('POST', '/api/segments/preview', {
    token: rep,
    body: {
      definition: {
        type: 'and',
        conditions: [
          { type: 'attribute', attribute: 'name', op: 'startsWith', value: tag },
          { type: 'score', score: 'risk', op: 'gte', value: 20 },
        ],
      },
    },
  });
  expect(preview.status).toBe(200);
  return preview.body.count as number;
};

describe('insight follows the changes that do not come through logging', () => {
  it('a key contact whose relation ends raises the organisation’s risk, with its reason, in the summary segments read', async () => {
    const tag = `Hook${Date.now().toString(36)}`;
    const org = await createDistinct(api, rep, organisation({ names: [{ type: 'legal', value: `${tag} Industrie SAS` }] }));
    const who = await createDistinct(api, rep, person());
    const relation = await employ(who.id, org.id);
    expect((await summaryOf(org.id))!.relations).toEqual([expect.objectContaining({ type: 'works-for', side: 'to', status: 'ongoing' })]);
    expect(await riskyMembers(tag)).toBe(0);

    const current = await api.call('GET', `/api/relations/${relation.id}`, { token: rep });
    const ended = await api.call('PATCH', `/api/relations/${relation.id}`, {
      token: rep,
      body: { status: 'ended', endDate: dayAgo(5) },
      headers: { 'if-match': current.headers.get('etag')! },
    });
    expect(ended.status).toBe(200);
    expect((await summaryOf(org.id))!.relations).toEqual([expect.objectContaining({ status: 'ended', end: dayAgo(5) })]);
    expect(await riskyMembers(tag)).toBe(1);
    expect((await scoresOf(api, rep, org.id)).risk.reasons).toContain('a contact left the company 5 days ago');
  });

  it('"left the company" approved through a change request refreshes both ends; pending requests count while pending', async () => {
    const org = await createDistinct(api, rep, organisation());
    const who = await createDistinct(api, rep, person());
    const relation = await employ(who.id, org.id);
    const request = await api.call('POST', '/api/change-requests', {
      token: rep,
      body: { tierId: who.id, changes: [{ path: `relations.${relation.id}`, to: { status: 'ended', endDate: dayAgo(2) } }], reason: 'A quitté la société.' },
    });
    expect(request.status).toBe(201);
    expect((await summaryOf(who.id))!.pendingChangeRequests.count).toBe(1);

    const decided = await api.call('POST', `/api/change-requests/${request.body.id}/decision`, { token: steward, body: { decision: 'approve' } });
    expect(decided.status).toBe(200);
    expect((await summaryOf(who.id))!.pendingChangeRequests.count).toBe(0);
    expect((await summaryOf(org.id))!.relations).toEqual([expect.objectContaining({ side: 'to', status: 'ended', end: dayAgo(2) })]);
  });

  it('a rejected change request no longer counts as pending', async () => {
    const org = await createDistinct(api, rep, organisation());
    const request = await api.call('POST', '/api/change-requests', { token: rep, body: { tierId: org.id, changes: [{ path: 'website', to: 'https://example.fr' }] } });
    expect(request.status).toBe(201);
    expect((await summaryOf(org.id))!.pendingChangeRequests.count).toBe(1);
    const decided = await api.call('POST', `/api/change-requests/${request.body.id}/decision`, { token: steward, body: { decision: 'reject' } });
    expect(decided.status).toBe(200);
    expect((await summaryOf(org.id))!.pendingChangeRequests.count).toBe(0);
  });

  it('a merged duplicate leaves segments; the survivor’s summary counts the interactions it received', async () => {
    const tag = `Fusion${Date.now().toString(36)}`;
    const survivor = await createDistinct(api, rep, organisation({ names: [{ type: 'legal', value: `${tag} Bois SARL` }] }));
    const duplicate = await createDistinct(api, rep, organisation({ names: [{ type: 'legal', value: `${tag} Bois` }] }));
    await logAt(api, rep, [survivor.id], daysAgo(3));
    const moved = await logAt(api, rep, [duplicate.id], daysAgo(1));
    const members = async () => {
      const preview = await api.call('POST', '/api/segments/preview', {
        token: rep,
        body: { definition: { type: 'attribute', attribute: 'name', op: 'startsWith', value: tag } },
      });
      return { count: preview.body.count as number, ids: (preview.body.sample as { id: string }[]).map((m) => m.id).sort() };
    };
    expect(await members()).toEqual({ count: 2, ids: [survivor.id, duplicate.id].sort() });

    const merged = await api.call('POST', `/api/tiers/${survivor.id}/merge`, { token: steward, body: { duplicateId: duplicate.id } });
    expect(merged.status).toBe(200);
    expect(await summaryOf(duplicate.id)).toBeUndefined();
    expect(await members()).toEqual({ count: 1, ids: [survivor.id] });
    const keys = (await summaryOf(survivor.id))!.activity.recent.map((e) => e[0]);
    expect(keys).toHaveLength(2);
    expect(keys).toContain(moved.id.slice(0, 12));
  });

  it('an erased person’s summary is gone, and their organisation no longer counts the relation', async () => {
    const org = await createDistinct(api, rep, organisation());
    const who = await createDistinct(api, rep, person());
    await employ(who.id, org.id);
    await logAt(api, rep, [who.id, org.id], daysAgo(1));
    expect(await summaryOf(who.id)).toBeDefined();

    const erased = await api.job(await api.call('POST', `/api/persons/${who.id}/erase`, { token: steward }), steward);
    expect(erased.body.status).toBe('succeeded');
    expect(await summaryOf(who.id)).toBeUndefined();
    expect((await summaryOf(org.id))!.relations).toEqual([]);
    expect((await summaryOf(org.id))!.activity.recent).toHaveLength(1);
  });
});
