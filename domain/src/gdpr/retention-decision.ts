import type { Lifecycle } from '../model/lifecycle';
import { addYears, dayOf, instantOf, type CalendarDay } from './calendar-day';
import type { RetentionPolicy } from './retention-policy.schema';
import type { LifecyclePeriod, RetentionSubject } from './retention-subject.schema';

export type RetentionRule = 'prospect-no-contact' | 'client-after-end' | 'active-client';

/**
 * `expiresAt` is the first calendar day (UTC) the data may no longer be kept, null while a
 * relationship lasts. `years` is the period applied, for the card's wording.
 */
export type RetentionDecision = {
  expiresAt: CalendarDay | null;
  expired: boolean;
  rule: RetentionRule;
  years: number | null;
  reason: string;
};

/**
 * Partners are kept like clients: a partnership is an ongoing contractual relationship, and when it
 * ends the tier becomes 'former'. Competitors (and tiers without a lifecycle) follow the prospect
 * rule: data nobody has been in touch with for 3 years serves no purpose.
 */
const ONGOING: readonly Lifecycle[] = ['client', 'partner'];
const CNIL = 'CNIL délibération 2021-131';

const covers = (period: LifecyclePeriod, now: number): boolean =>
  instantOf(period.validFrom) <= now && (!period.validTo || instantOf(period.validTo) > now);

const currentPeriod = (lifecycle: LifecyclePeriod[], now: number): LifecyclePeriod | undefined =>
  lifecycle
    .filter((period) => covers(period, now))
    .sort((a, b) => instantOf(b.validFrom) - instantOf(a.validFrom))[0];

const latest = (instants: number[]): number | undefined =>
  instants.length > 0 ? Math.max(...instants) : undefined;

/** When the relationship ended, if it has: stated outright, or read from the lifecycle history. */
const relationEnd = (
  subject: RetentionSubject,
  current: LifecyclePeriod | undefined,
  now: number,
): number | undefined => {
  const ongoing = current !== undefined && ONGOING.includes(current.value);
  if (subject.relationEndedAt !== undefined) {
    const stated = instantOf(subject.relationEndedAt);
    // A relationship that started again after the stated end is ongoing.
    const restarted = ongoing && instantOf(current.validFrom) > stated;
    if (stated <= now && !restarted) return stated;
  }
  if (ongoing) return undefined;
  return latest(
    subject.lifecycle.flatMap((period) => {
      if (ONGOING.includes(period.value) && period.validTo && instantOf(period.validTo) <= now)
        return [instantOf(period.validTo)];
      if (period.value === 'former' && instantOf(period.validFrom) <= now)
        return [instantOf(period.validFrom)];
      return [];
    }),
  );
};

type Candidate = { rule: RetentionRule; from: number; years: number; reason: (from: CalendarDay) => string };

export const retentionDecision = (
  subject: RetentionSubject,
  policy: RetentionPolicy,
  now: string,
): RetentionDecision => {
  const nowMs = instantOf(now);
  const current = currentPeriod(subject.lifecycle, nowMs);
  const ended = relationEnd(subject, current, nowMs);
  if (current && ONGOING.includes(current.value) && ended === undefined)
    return {
      expiresAt: null,
      expired: false,
      rule: 'active-client',
      years: null,
      reason: `Active ${current.value}: kept while the relationship lasts (${CNIL}).`,
    };

  // A planned contact in the future does not count yet.
  const contact = subject.lastContactAt !== undefined ? instantOf(subject.lastContactAt) : undefined;
  const pastContact = contact !== undefined && contact <= nowMs ? contact : undefined;
  const prospect = (from: number, contacted: boolean): Candidate => ({
    rule: 'prospect-no-contact',
    from,
    years: policy.prospectYears,
    reason: (day) =>
      `${contacted ? `Last contact on ${day}` : `Collected on ${day}, never contacted since`}: prospect data is kept ${policy.prospectYears} years after collection or the last contact (${CNIL}).`,
  });

  const candidates: Candidate[] = [];
  if (ended !== undefined) {
    candidates.push({
      rule: 'client-after-end',
      from: ended,
      years: policy.clientYearsAfterEnd,
      reason: (day) =>
        `Relationship ended on ${day}: client data is kept ${policy.clientYearsAfterEnd} years after the end of the relationship (${CNIL}).`,
    });
    // A former client who gets back in touch is being prospected again.
    if (pastContact !== undefined && pastContact > ended) candidates.push(prospect(pastContact, true));
  } else {
    const created = instantOf(subject.createdAt);
    candidates.push(
      pastContact !== undefined && pastContact > created
        ? prospect(pastContact, true)
        : prospect(created, false),
    );
  }

  const expiryOf = (c: Candidate): CalendarDay => addYears(dayOf(c.from), c.years);
  const chosen = candidates.reduce((best, c) => (expiryOf(c) > expiryOf(best) ? c : best));
  const expiresAt = expiryOf(chosen);
  return {
    expiresAt,
    expired: dayOf(nowMs) >= expiresAt,
    rule: chosen.rule,
    years: chosen.years,
    reason: chosen.reason(dayOf(chosen.from)),
  };
};
