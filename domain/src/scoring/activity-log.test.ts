import { addToActivity, countActivity, emptyActivity, foldActivity, lastActivity, outboundSinceInbound } from './activity-log';
import { isCalendarDay, isoWeek } from './calendar-day';

const at = (id: string, day: string, direction: 'inbound' | 'outbound' = 'inbound', medium: 'email' | 'meeting' = 'email') => ({ id, occurredAt: `${day}T10:00:00+01:00`, direction, medium });

describe('activity log', () => {
  it('counts an interaction once, keeps the newest first, and answers windows, last contacts and unanswered approaches', () => {
    let log = emptyActivity();
    for (const i of [at('a1', '2026-01-10'), at('a2', '2026-03-01', 'outbound'), at('a3', '2026-02-01', 'outbound', 'meeting'), at('a1', '2026-01-10')]) log = addToActivity(log, i).log;
    expect(log.recent.map((e) => e[1])).toEqual(['2026-03-01', '2026-02-01', '2026-01-10']);
    expect(countActivity(log, '2026-01-01', '2026-02-28')).toBe(2);
    expect(countActivity(log, '2026-01-01', '2026-12-31', { direction: 'outbound', media: ['meeting'] })).toBe(1);
    expect(lastActivity(log, '2026-02-15')).toBe('2026-02-01');
    expect(outboundSinceInbound(log, '2026-12-31')).toBe(2);
  });

  it('folds the oldest entries into monthly counts that still count, and never counts a folded one twice', () => {
    let log = emptyActivity();
    for (let d = 1; d <= 9; d += 1) log = addToActivity(log, at(`x${d}`, `2026-0${d}-15`)).log;
    const folded = foldActivity(log, 3);
    expect(folded.recent).toHaveLength(3);
    expect(folded.foldedBefore).toBe('2026-07-15');
    expect(countActivity(folded, '2026-01-01', '2026-12-31')).toBe(9);
    expect(addToActivity(folded, at('x1', '2026-01-15')).added).toBe(false);
  });

  it('knows real calendar days and ISO weeks', () => {
    expect(isCalendarDay('2025-02-30')).toBe(false);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
  });
});
