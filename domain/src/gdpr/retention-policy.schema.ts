import { z } from 'zod';

const CNIL_MAX_YEARS = 3;
const years = (what: string) =>
  z
    .number()
    .int('Expected a whole number of years.')
    .min(1, 'Expected at least 1 year.')
    .max(CNIL_MAX_YEARS, `CNIL délibération 2021-131 keeps ${what} at most ${CNIL_MAX_YEARS} years.`)
    .default(CNIL_MAX_YEARS);

/**
 * How long personal data is kept. The CNIL caps both periods at 3 years; a company may be stricter.
 * Erasure is the default: archiving ("archivage intermédiaire") is only lawful when a legal
 * obligation requires the data, which the company must be able to name.
 */
export const RetentionPolicy = z
  .object({
    prospectYears: years('prospect data after collection or last contact'),
    clientYearsAfterEnd: years('client data after the relationship ends'),
    action: z.enum(['erase', 'archive']).default('erase'),
  })
  .strict();
export type RetentionPolicy = z.output<typeof RetentionPolicy>;
export type RetentionPolicyInput = z.input<typeof RetentionPolicy>;
