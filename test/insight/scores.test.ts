import { createTier, defaultScoreRules, type Caller } from '@relais/domain';
import { startApi, type TestApi } from '../support/api-harness';
import { organisation, person } from '../support/factories';
import { createDistinct, dayAgo, daysAgo, logAt, reasonsOf, scoresOf } from './insight-fixtures';

let api: TestApi;
let rep: string;
let admin: string;
const repCaller: Caller = { userId: 'rep1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] };

beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] });
  admin = await api.tokenFor({ userId: 'adm', name: 'Ada Admin', roles: ['admin'], teams: [] });
});
afterAll(() => api.stop());

/** A tier created `days` ago (its facts then date from that day too). */
const createdDaysAgo = async (days: number, draft: Record<string, unknown> = organisation()) =>
  (await createTier({ ...api.app.deps, clock: { now: () => new Date(Date.now() - days * 86_400_000).toISOString() } }, repCaller, draft, { confirm: 'distinct' })).value;

describe('risk rules, each with its reason', () => {
  it('no contact for N days, in English and in French', async () => {
    const tier = await createdDaysAgo(200);
    await logAt(api, rep, [tier.id], daysAgo(94));
    const en = await scoresOf(api, rep, tier.id);
    expect(en.risk.reasons).toContain('no contact for 94 days');
    expect(en.risk.contributions.find((c) => c.rule === 'no-contact')?.points).toBe(35);
    const fr = await scoresOf(api, rep, tier.id, 'fr');
    expect(fr.risk.reasons).toContain('aucun contact depuis 94 jours');
  });

  it('no contact since creation, and stale facts to confirm', async () => {
    const tier = await createdDaysAgo(400, organisation({ lifecycle: 'prospect' }));
    const scores = await scoresOf(api, rep, tier.id);
    expect(reasonsOf(scores.risk)).toEqual(expect.arrayContaining(['no contact since it was created 400 days ago', '2 facts to confirm (Lifecycle, Followed by)']));
    expect((await scoresOf(api, rep, tier.id, 'fr')).risk.reasons).toContain('aucun contact depuis sa création il y a 400 jours');
  });

  it('overdue follow-ups', async () => {
    const tier = await createDistinct(api, rep, organisation());
    for (const due of [dayAgo(3), dayAgo(1), dayAgo(-5)])
      expect((await api.call('POST', '/api/tasks', { token: rep, body: { title: 'Relancer', dueDate: due, tierIds: [tier.id] } })).status).toBe(201);
    const scores = await scoresOf(api, rep, tier.id);
    expect(scores.risk.reasons).toContain('2 overdue follow-ups');
    expect((await scoresOf(api, rep, tier.id, 'fr')).risk.reasons).toContain('2 suivis en retard');
  });

  it('outbound contacts without a reply', async () => {
    const tier = await createDistinct(api, rep, organisation());
    await logAt(api, rep, [tier.id], daysAgo(20));
    for (const d of [15, 10, 5]) await logAt(api, rep, [tier.id], daysAgo(d), { direction: 'outbound' });
    expect(reasonsOf((await scoresOf(api, rep, tier.id)).risk)).toContain('3 outbound contacts without a reply');
    expect(reasonsOf((await scoresOf(api, rep, tier.id, 'fr')).risk)).toContain('3 relances sans réponse');
  });

  it('a contact who left the company', async () => {
    const org = await createDistinct(api, rep, organisation());
    const ana = await createDistinct(api, rep, person({ organisationId: org.id }));
    const relations = await api.call('GET', `/api/tiers/${ana.id}/relations`, { token: rep });
    const relationId = relations.body.items[0].id;
    const read = await api.call('GET', `/api/relations/${relationId}`, { token: rep });
    const ended = await api.call('PATCH', `/api/relations/${relationId}`, {
      token: rep, body: { status: 'ended', endDate: dayAgo(12) }, headers: { 'if-match': read.headers.get('etag') ?? '*' },
    });
    expect(ended.status).toBe(200);
    expect(reasonsOf((await scoresOf(api, rep, org.id)).risk)).toContain('a contact left the company 12 days ago');
    expect(reasonsOf((await scoresOf(api, rep, org.id, 'fr')).risk)).toContain('un contact a quitté l’entreprise il y a 12 jours');
  });

  it('changes awaiting approval, and a former client', async () => {
    const tier = await createDistinct(api, rep, organisation({ lifecycle: 'former' }));
    const request = await api.call('POST', '/api/change-requests', { token: rep, body: { tierId: tier.id, changes: [{ path: 'phones', to: ['01 02 03 04 05'] }] } });
    expect(request.status).toBe(201);
    const scores = await scoresOf(api, rep, tier.id);
    expect(reasonsOf(scores.risk)).toEqual(expect.arrayContaining(['1 change awaiting approval', 'lifecycle: former client']));
    expect(reasonsOf((await scoresOf(api, rep, tier.id, 'fr')).risk)).toEqual(expect.arrayContaining(['1 modification en attente de validation', 'statut : ancien client']));
  });
});

describe('opportunity rules, each with its reason', () => {
  it('inbound interest, a recent meeting, frequency and lifecycle', async () => {
    const tier = await createDistinct(api, rep, organisation({ lifecycle: 'prospect' }));
    await logAt(api, rep, [tier.id], daysAgo(25));
    await logAt(api, rep, [tier.id], daysAgo(3), { medium: 'phone' });
    await logAt(api, rep, [tier.id], daysAgo(12), { direction: 'outbound', medium: 'meeting' });
    const scores = await scoresOf(api, rep, tier.id);
    expect(scores.opportunity.contributions).toEqual([
      { rule: 'inbound-interest', points: 24, reason: '2 inbound contacts in the last 30 days' },
      { rule: 'recent-meeting', points: 20, reason: 'meeting 12 days ago' },
      { rule: 'lifecycle', points: 20, reason: 'lifecycle: prospect' },
      { rule: 'frequency', points: 12, reason: '3 exchanges in the last 90 days, 1 meeting' },
    ]);
    expect(scores.opportunity.value).toBe(76);
    expect(scores.opportunity.reasons).toHaveLength(3);
    const fr = await scoresOf(api, rep, tier.id, 'fr');
    expect(reasonsOf(fr.opportunity)).toEqual([
      '2 contacts entrants sur les 30 derniers jours',
      'rendez-vous il y a 12 jours',
      'statut : prospect',
      '3 échanges sur les 90 derniers jours dont 1 rendez-vous',
    ]);
  });
});

describe('configurable rules', () => {
  afterEach(async () => {
    const current = await api.call('GET', '/api/scoring/rules', { token: admin });
    await api.call('PUT', '/api/scoring/rules', { token: admin, body: defaultScoreRules, headers: { 'if-match': current.headers.get('etag')! } });
  });

  it('an admin replaces the rules; a rule on an unknown or unfilled fact degrades with a note', async () => {
    const current = await api.call('GET', '/api/scoring/rules', { token: rep });
    expect(current.status).toBe(200);
    const rules = {
      topReasons: 2,
      rules: [
        ...defaultScoreRules.rules,
        { id: 'big-budget', score: 'opportunity', kind: 'fact-value', fact: 'budget', values: ['high'], points: 30 },
        { id: 'mid-market', score: 'opportunity', kind: 'fact-value', fact: 'revenueBand', values: ['50-250M'], points: 10 },
      ],
    };
    expect((await api.call('PUT', '/api/scoring/rules', { token: rep, body: rules, headers: { 'if-match': current.headers.get('etag')! } })).status).toBe(403);
    const bad = await api.call('PUT', '/api/scoring/rules', { token: admin, body: { rules: [{ id: 'x', score: 'luck', kind: 'no-contact', steps: [] }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['rules.0.score']));
    const saved = await api.call('PUT', '/api/scoring/rules', { token: admin, body: rules, headers: { 'if-match': current.headers.get('etag')! } });
    expect(saved.status).toBe(200);
    const tier = await createDistinct(api, rep, organisation({ lifecycle: 'prospect' }));
    const scores = await scoresOf(api, rep, tier.id);
    expect(scores.opportunity.value).toBe(20);
    expect(scores.opportunity.notes).toEqual(['rule “big-budget” skipped: there is no fact “budget”', 'rule “mid-market” not applied: Revenue band not known']);
    const fr = await scoresOf(api, rep, tier.id, 'fr');
    expect(fr.opportunity.notes[0]).toBe('règle « big-budget » ignorée : l’information « budget » n’existe pas');
  });
});
