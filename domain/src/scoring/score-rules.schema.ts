import { z } from 'zod';
import { Medium } from '../model/interaction.schema';
import { Lifecycle } from '../model/lifecycle';

export const ScoreName = z.enum(['opportunity', 'risk']);
export type ScoreName = z.infer<typeof ScoreName>;

const Points = z.number().int().min(-100).max(100);
const Days = z.number().int().min(1).max(3650);
const Label = z.object({ fr: z.string().trim().min(1).max(120), en: z.string().trim().min(1).max(120) }).strict();
const base = { id: z.string().regex(/^[a-z][a-z0-9-]{0,59}$/, 'Expected a kebab-case id like no-contact.'), score: ScoreName };

/**
 * One rule per kind of evidence. Each adds points to one score and says why in words; a rule set is
 * data (an admin may replace it), validated here, and applied by `computeScores`.
 */
export const ScoreRule = z
  .discriminatedUnion('kind', [
    z.object({ ...base, kind: z.literal('no-contact'), steps: z.array(z.object({ days: Days, points: Points }).strict()).min(1).max(10) }).strict(),
    z.object({ ...base, kind: z.literal('inbound-interest'), withinDays: Days, pointsEach: Points, max: Points, media: z.array(Medium).optional() }).strict(),
    z.object({ ...base, kind: z.literal('frequency'), withinDays: Days, weights: z.partialRecord(Medium, z.number().min(0).max(10)), pointsPerWeight: z.number().min(0).max(50), max: Points }).strict(),
    z.object({ ...base, kind: z.literal('recent-meeting'), withinDays: Days, points: Points, media: z.array(Medium).min(1) }).strict(),
    z.object({ ...base, kind: z.literal('unanswered'), minOutbound: z.number().int().min(1).max(50), points: Points }).strict(),
    z.object({ ...base, kind: z.literal('overdue-follow-ups'), pointsEach: Points, max: Points }).strict(),
    z.object({ ...base, kind: z.literal('stale-facts'), pointsEach: Points, max: Points, facts: z.array(z.string().min(1).max(60)).optional(), staleAfterDays: Days.optional() }).strict(),
    z.object({ ...base, kind: z.literal('lifecycle'), points: z.partialRecord(Lifecycle, Points) }).strict(),
    z.object({ ...base, kind: z.literal('contact-left'), withinDays: Days, pointsEach: Points, max: Points }).strict(),
    z.object({ ...base, kind: z.literal('pending-changes'), pointsEach: Points, max: Points }).strict(),
    z.object({ ...base, kind: z.literal('fact-value'), fact: z.string().min(1).max(60), values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).max(50), points: Points, label: Label.optional() }).strict(),
  ])
  .meta({ id: 'ScoreRule' });
export type ScoreRule = z.infer<typeof ScoreRule>;

export const ScoreRuleSet = z
  .object({
    rules: z.array(ScoreRule).max(50),
    /** How many reasons each score shows (the strongest first). */
    topReasons: z.number().int().min(1).max(10).default(3),
  })
  .strict()
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `Rule id ${rule.id} is used twice.` });
      seen.add(rule.id);
    });
  })
  .meta({ id: 'ScoreRuleSet' });
export type ScoreRuleSet = z.infer<typeof ScoreRuleSet>;
