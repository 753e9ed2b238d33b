import type { ScoreName } from './score-rules.schema';
import type { ScoreClose } from './tier-insight';

const KEPT_CLOSES = 30;
const index: Record<ScoreName, 1 | 2> = { opportunity: 1, risk: 2 };

/** Records today's scores as the day's close (the last write of the day wins). */
export const recordClose = (history: readonly ScoreClose[], day: string, opportunity: number, risk: number): ScoreClose[] => {
  const kept = history.filter((c) => c[0] !== day && c[0] < day);
  return [...kept, [day, opportunity, risk] as ScoreClose].slice(-KEPT_CLOSES);
};

export type ScoreTrend = { previous: number | null; delta: number | null; since: string | null };

/** Compared with the last score recorded on an earlier day: same-day noise is not a trend. */
export const scoreTrend = (history: readonly ScoreClose[], today: string, score: ScoreName, value: number): ScoreTrend => {
  const previous = [...history].reverse().find((c) => c[0] < today);
  if (!previous) return { previous: null, delta: null, since: null };
  return { previous: previous[index[score]], delta: value - previous[index[score]], since: previous[0] };
};
