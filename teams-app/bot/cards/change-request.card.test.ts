import type { ChangeRequest, ChangeRequestView } from '@relais/domain';
import { changeRequestCard } from './change-request.card';
import { formatValue } from './format-value';

const request: ChangeRequest = {
  id: 'cr1',
  tierId: 't1',
  changes: [{ path: 'facts.sign', from: 'Ficelle', to: 'Ficelle & Fils' }],
  reason: 'New sign seen over the shop',
  interactionId: 'i1',
  status: 'pending',
  requestedBy: 'rep-1',
  requestedByName: 'Alice Martin',
  requestedAt: '2025-03-14T08:30:00.000Z',
  approverIds: ['mgr-1'],
  routing: 'manager',
  decidedBy: null,
  decidedByName: null,
  decidedAt: null,
  comment: null,
};
const view = (r: ChangeRequest, current: unknown = 'Ficelle'): ChangeRequestView => ({
  request: r,
  tier: { id: 't1', name: 'Boulangeries Ficelle', kind: 'organisation' },
  interaction: { id: 'i1', subject: 'Visite du magasin', occurredAt: '2025-03-14T08:30:00.000Z', medium: 'face-to-face' },
  changes: r.changes.map((c) => ({ path: c.path, from: c.from, to: c.to, current, steps: [] })),
});
const text = (card: unknown) => JSON.stringify(card);

describe('changeRequestCard', () => {
  it('gives the approver Approve and Reject with a comment box, and the requester Withdraw', () => {
    const approver = changeRequestCard(view(request), { mayDecide: true, isRequester: false }, { lang: 'en', refreshUserIds: ['29:mgr-1'] });
    expect(approver.actions?.map((a) => (a as { verb: string }).verb)).toEqual(['approve', 'reject']);
    expect(text(approver)).toContain('"id":"comment"');
    expect(approver.refresh).toEqual({ action: expect.objectContaining({ verb: 'refresh', data: { action: 'refresh', changeRequestId: 'cr1' } }), userIds: ['29:mgr-1'] });
    const requester = changeRequestCard(view(request), { mayDecide: false, isRequester: true }, { lang: 'en' });
    expect(requester.actions?.map((a) => (a as { verb: string }).verb)).toEqual(['withdraw']);
    expect(text(requester)).not.toContain('"id":"comment"');
  });

  it('shows the final state without actions, and today’s value when a conflict stopped it', () => {
    const decided = { ...request, status: 'conflicted' as const, decidedBy: 'mgr-1', decidedByName: 'Claire Dubois', decidedAt: '2025-03-15T09:00:00.000Z' };
    const card = changeRequestCard(view(decided, 'Ficelle Bis'), { mayDecide: true, isRequester: false }, { lang: 'fr' });
    expect(card.actions).toBeUndefined();
    expect(text(card)).toContain('Non appliquée (Claire Dubois');
    expect(text(card)).toContain('Ficelle Bis');
    const forRequester = changeRequestCard(view(decided, 'Ficelle Bis'), { mayDecide: false, isRequester: true }, { lang: 'fr' });
    expect(forRequester.actions?.map((a) => (a as { verb: string }).verb)).toEqual(['rerequest']);
  });
});

describe('formatValue', () => {
  it('writes structured reference data as people read it', () => {
    expect(formatValue([{ kind: 'postal', lines: ['22 avenue de Wagram'], postcode: '75008', city: 'Paris', country: 'FR' }])).toBe('22 avenue de Wagram, 75008 Paris');
    expect(formatValue([{ type: 'switchboard', number: '+33 1 40 42 22 22' }, { type: 'other', number: '01 02 03 04 05' }])).toBe('+33 1 40 42 22 22 (switchboard)\n01 02 03 04 05');
    expect(formatValue([{ type: 'legal', value: 'Electricité de France' }])).toBe('Electricité de France (legal)');
    expect(formatValue(undefined)).toBe('—');
    expect(formatValue(true)).toBe('yes');
  });

  it('names an ended relation ("left the company") as a relation, with its status and end date', () => {
    const left: ChangeRequest = {
      ...request,
      changes: [{ path: 'relations.r1', from: { status: 'ongoing', endDate: null }, to: { status: 'ended', endDate: '2026-11-23' } }],
      reason: 'Mme Anne Lemaire has left Brasserie Lemaire.',
    };
    const card = text(changeRequestCard(view(left, { status: 'ongoing', endDate: null }), { mayDecide: true, isRequester: false }, { lang: 'en' }));
    expect(card).toContain('Relation (status, end date)');
    expect(card).toContain('status: ended, endDate: 2026-11-23');
    expect(card).not.toContain('relations.r1');
  });
});
