import { addToActivity, countActivity, emptyActivity } from './activity-log';
import { fitInsight, MAX_INSIGHT_CHARS } from './insight-size';
import type { TierInsight } from './tier-insight';

const base = (): TierInsight => ({
  tierId: 'tier-1', kind: 'organisation', name: 'Établissements Très Actifs', status: 'active', ownerTeam: 'nord', confidentiality: 'public',
  owner: 'rep1', createdBy: 'rep1', createdAt: '2020-01-01T00:00:00Z',
  attributes: { city: 'Lille', postalCode: '59000', siren: '552100554', referenceFunction: null, jobTitle: null },
  facts: [], relations: [], openTasks: [], pendingChangeRequests: { count: 0, oldest: null }, activity: emptyActivity(), history: [], updatedAt: '2026-11-23T10:00:00Z',
});

const day = (n: number) => new Date(Date.UTC(2026, 10, 23) - n * 86_400_000).toISOString().slice(0, 10);
const size = (i: TierInsight) => JSON.stringify(i).length;

describe('a summary always fits one table property', () => {
  it('a small summary is left as it is', () => {
    const small = base();
    expect(fitInsight(small)).toBe(small);
  });

  it('5,000 interactions fold into monthly counts that still count them all', () => {
    let activity = emptyActivity();
    const entries = Array.from({ length: 5000 }, (_, i) => ({ id: `i${String(i).padStart(11, '0')}`, occurredAt: `${day(i % 700)}T10:00:00+01:00`, direction: 'inbound' as const, medium: 'email' as const }));
    entries.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
    activity = { ...activity, recent: entries.map((e) => addToActivity(emptyActivity(), e).log.recent[0]!) };
    const fitted = fitInsight({ ...base(), activity });
    expect(size(fitted)).toBeLessThanOrEqual(MAX_INSIGHT_CHARS);
    expect(countActivity(fitted.activity, '2000-01-01', '2099-12-31')).toBe(5000);
  });

  it('at the boundary: the largest partition parts (relations, tasks, facts, ten years of months) are cut to fit, ongoing relations and current facts first', () => {
    const insight: TierInsight = {
      ...base(),
      relations: Array.from({ length: 200 }, (_, i) => ({ type: 'works-for', side: 'to' as const, status: i < 150 ? ('ended' as const) : ('ongoing' as const), start: day(4000 - i), end: i < 150 ? day(1000 - i) : null, otherKind: 'person' as const })),
      openTasks: Array.from({ length: 200 }, (_, i) => ({ id: `task-${'x'.repeat(30)}-${i}`, due: day(i) })),
      facts: Array.from({ length: 60 }, (_, i) => ({ name: `fact${i % 6}`, value: 'v'.repeat(150), from: day(2000 - i), to: i < 6 ? null : day(1999 - i), confirmedAt: day(10) })),
      activity: {
        recent: [],
        months: Object.fromEntries(Array.from({ length: 120 }, (_, m) => [`${2016 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, { 'inbound:email': 3, 'outbound:phone': 2, 'outbound:meeting': 1 }])),
        foldedBefore: '2026-01-01',
      },
      history: Array.from({ length: 30 }, (_, i) => [day(i), 50, 50] as [string, number, number]),
    };
    expect(size(insight)).toBeGreaterThan(MAX_INSIGHT_CHARS);
    const fitted = fitInsight(insight);
    expect(size(fitted)).toBeLessThanOrEqual(MAX_INSIGHT_CHARS);
    expect(fitted.relations.filter((r) => r.status === 'ongoing')).toHaveLength(50);
    expect(fitted.facts.filter((f) => f.to === null)).toHaveLength(6);
    expect(Object.keys(fitted.activity.months).sort().at(-1)).toBe('2025-12');
  });
});
