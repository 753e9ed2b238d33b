import type { MatchReason, MatchResult } from './match-reason';

/**
 * One observation about a pair, as a log-odds weight: positive when it is more likely between
 * duplicates than between distinct tiers, negative otherwise. Summing weights assumes the
 * observations are roughly independent (the Fellegi–Sunter record-linkage model).
 */
export type Evidence = { weight: number; reason?: MatchReason };

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** The probability-like score of a pair, and its reasons, strongest first. */
export const combineEvidence = (prior: number, evidence: readonly Evidence[], ceiling = 1): MatchResult => {
  const logOdds = evidence.reduce((sum, e) => sum + e.weight, prior);
  const score = Math.min(ceiling, 1 / (1 + Math.exp(-logOdds)));
  const reasons = [...evidence]
    .filter((e): e is Required<Evidence> => e.reason !== undefined)
    .sort((a, b) => (b.weight > 0 ? 1 : 0) - (a.weight > 0 ? 1 : 0) || Math.abs(b.weight) - Math.abs(a.weight))
    .map((e) => e.reason);
  return { score: round(score), reasons };
};

/** Linear interpolation over sorted (x, y) points: a readable way to write a calibration curve. */
export const interpolate = (points: readonly (readonly [number, number])[], x: number): number => {
  if (x <= points[0][0]) return points[0][1];
  for (let i = 1; i < points.length; i += 1) {
    const [x1, y1] = points[i];
    if (x <= x1) {
      const [x0, y0] = points[i - 1];
      return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
  }
  return points[points.length - 1][1];
};
