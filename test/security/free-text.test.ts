import { startApi, type TestApi } from '../support/api-harness';
import { create, interaction, organisation } from '../support/factories';

let api: TestApi;
let rep: string;
let steward: string;
let tier: { id: string };
beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep-f', name: 'Rémi', roles: ['rep'], teams: ['north'] });
  steward = await api.tokenFor({ userId: 'steward-f', name: 'Stella', roles: ['steward'] });
  tier = await create(api, rep, organisation());
});
afterAll(() => api.stop());

const french = { 'accept-language': 'fr-FR,fr;q=0.9' };
type Finding = { path: string; category: string; term: string; message: string };

describe('the free-text guard at every door (RGPD art. 9/10, CNIL: objective notes)', () => {
  it('refuses an interaction with special-category data or insults, naming each finding in French', async () => {
    const response = await api.call('POST', '/api/interactions', {
      token: rep,
      headers: french,
      body: interaction([tier.id], {
        summary: "L'acheteur est en arrêt maladie jusqu'à fin mars. État de santé financière correct.",
        outcome: 'Son adjoint est un incompétent',
        tasks: [{ title: 'Rappeler après sa chimio' }],
        changeRequests: [{ changes: [{ path: 'website', to: 'https://x.fr' }], reason: 'Le standardiste est idiot' }],
      }),
    });
    expect([response.status, response.body.code]).toEqual([422, 'FREE_TEXT.FLAGGED']);
    const findings: Finding[] = response.body.findings;
    expect(findings.map((f) => [f.path, f.category, f.term])).toEqual([
      ['summary', 'health', 'arrêt maladie'],
      ['outcome', 'insult', 'incompétent'],
      ['tasks.0.title', 'health', 'chimio'],
      ['changeRequests.0.reason', 'insult', 'idiot'],
    ]);
    expect(findings[0]!.message).toBe("« arrêt maladie » révèle une donnée de santé : notez seulement l'effet sur la relation (ex. « absent jusqu'au 15 mars »).");
    expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual(findings.map((f) => f.path));
    expect(response.body.acknowledgeWith).toBe('acknowledgeFreeTextWarnings');
  });

  it('refuses a task, a change request and a decision comment in English, with English sentences', async () => {
    const task = await api.call('POST', '/api/tasks', { token: rep, body: { title: 'Call back, he is on sick leave', tierIds: [tier.id] } });
    expect(task.body.findings).toEqual([expect.objectContaining({ path: 'title', category: 'health', term: 'sick leave', message: expect.stringContaining('reveals health data') })]);
    const request = await api.call('POST', '/api/change-requests', { token: rep, body: { tierId: tier.id, changes: [{ path: 'website', to: 'https://y.fr' }], reason: 'The buyer is a moron' } });
    expect(request.body.findings.map((f: Finding) => [f.path, f.category])).toEqual([['reason', 'insult']]);
    const clean = await api.call('POST', '/api/change-requests', { token: rep, body: { tierId: tier.id, changes: [{ path: 'website', to: 'https://y.fr' }], reason: 'New website announced' } });
    expect(clean.status).toBe(201);
    const decision = await api.call('POST', `/api/change-requests/${clean.body.id}/decision`, { token: steward, body: { decision: 'reject', comment: 'Stupid request, he is a union member' } });
    expect(decision.body.findings.map((f: Finding) => f.category).sort()).toEqual(['insult', 'union-membership']);
  });

  it('checks a task title changed later too', async () => {
    const task = await api.call('POST', '/api/tasks', { token: rep, body: { title: 'Send the quote', tierIds: [tier.id] } });
    const patch = await api.call('PATCH', `/api/tasks/${task.body.id}`, { token: rep, body: { title: 'Send the quote to that idiot' }, headers: { 'if-match': task.headers.get('etag')! } });
    expect([patch.status, patch.body.findings[0].term]).toEqual([422, 'idiot']);
  });

  it('keeps the wording when the rep acknowledges the warning, and lets clean text through untouched', async () => {
    const kept = await api.call('POST', '/api/interactions', {
      token: rep,
      body: interaction([tier.id], { summary: 'Back from sick leave next week', acknowledgeFreeTextWarnings: true }),
    });
    expect(kept.status).toBe(201);
    expect(kept.body.summary).toBe('Back from sick leave next week');
    expect(kept.body.acknowledgeFreeTextWarnings).toBeUndefined();
    const clean = await api.call('POST', '/api/interactions', { token: rep, body: interaction([tier.id], { summary: 'Budget validé pour mars, état de santé financière solide' }) });
    expect(clean.status).toBe(201);
  });
});
