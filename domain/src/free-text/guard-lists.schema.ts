import { z } from 'zod';
import { foldWords } from './fold-text';
import { expandPattern } from './term-pattern';

/** RGPD art. 9 and 10 special categories, plus insulting or excessive words (CNIL: notes stay objective). */
export const GuardCategory = z.enum([
  'health',
  'origin',
  'political-opinion',
  'religion',
  'union-membership',
  'sex-life',
  'offences',
  'insult',
]);
export type GuardCategory = z.infer<typeof GuardCategory>;

export const GuardLanguage = z.enum(['fr', 'en']);
export type GuardLanguage = z.infer<typeof GuardLanguage>;

const TermPattern = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .superRefine((pattern, ctx) => {
    const result = expandPattern(pattern);
    if (!result.ok)
      ctx.addIssue({ code: 'custom', message: `Invalid pattern "${pattern}": ${result.error}` });
    else if (result.forms.some((form) => foldWords(form).length === 0))
      ctx.addIssue({
        code: 'custom',
        message: `Invalid pattern "${pattern}": one of its forms has no word.`,
      });
  });

/**
 * A term, or a term with neighbouring words that cancel it: "syndicat" flags, "syndicat
 * intercommunal" (a public body) does not.
 */
export const GuardTerm = z.union([
  TermPattern,
  z
    .object({
      pattern: TermPattern,
      unlessBefore: z.array(TermPattern).max(50).optional(),
      unlessAfter: z.array(TermPattern).max(50).optional(),
    })
    .strict(),
]);
export type GuardTerm = z.infer<typeof GuardTerm>;

const terms = z.array(GuardTerm).max(2000).optional();
export const CategoryTerms = z
  .object({
    health: terms,
    origin: terms,
    'political-opinion': terms,
    religion: terms,
    'union-membership': terms,
    'sex-life': terms,
    offences: terms,
    insult: terms,
  })
  .strict();
export type CategoryTerms = z.infer<typeof CategoryTerms>;

export const GuardLists = z.object({ fr: CategoryTerms.optional(), en: CategoryTerms.optional() }).strict();
export type GuardLists = z.infer<typeof GuardLists>;
