import type { ScoreRuleSet } from './score-rules.schema';

/**
 * The rules every Relais starts with, tuned for long B2B cycles: silence is a risk after two months,
 * inbound interest and meetings are the strongest opportunity signals.
 */
export const defaultScoreRules: ScoreRuleSet = {
  topReasons: 3,
  rules: [
    { id: 'no-contact', score: 'risk', kind: 'no-contact', steps: [{ days: 60, points: 20 }, { days: 90, points: 35 }, { days: 180, points: 50 }] },
    { id: 'overdue-follow-ups', score: 'risk', kind: 'overdue-follow-ups', pointsEach: 10, max: 30 },
    { id: 'unanswered', score: 'risk', kind: 'unanswered', minOutbound: 3, points: 15 },
    { id: 'contact-left', score: 'risk', kind: 'contact-left', withinDays: 180, pointsEach: 20, max: 40 },
    { id: 'stale-facts', score: 'risk', kind: 'stale-facts', pointsEach: 5, max: 15 },
    { id: 'pending-changes', score: 'risk', kind: 'pending-changes', pointsEach: 5, max: 10 },
    { id: 'former-client', score: 'risk', kind: 'lifecycle', points: { former: 15 } },
    { id: 'inbound-interest', score: 'opportunity', kind: 'inbound-interest', withinDays: 30, pointsEach: 12, max: 36 },
    { id: 'recent-meeting', score: 'opportunity', kind: 'recent-meeting', withinDays: 30, points: 20, media: ['meeting', 'face-to-face', 'event'] },
    {
      id: 'frequency', score: 'opportunity', kind: 'frequency', withinDays: 90, pointsPerWeight: 2, max: 24,
      weights: { meeting: 3, 'face-to-face': 3, event: 2, phone: 2, email: 1, 'web-form': 2, sms: 1, letter: 1 },
    },
    { id: 'lifecycle', score: 'opportunity', kind: 'lifecycle', points: { prospect: 20, suspect: 10, client: 10, former: 5 } },
  ],
};
