import type { TFunction } from 'i18next';
import type { MatchEvidence } from './tier-match.types';

const lookupCodes = new Set<string>(['same-email', 'employer-of-person', 'email-domain']);

/** One reason in words: "same e-mail anne@…", "employer of Anne Lemaire", "created just now". */
export const evidenceText = (evidence: MatchEvidence, t: TFunction): string =>
  t(
    lookupCodes.has(evidence.code)
      ? `common:evidence.${evidence.code}`
      : `tier-match:evidence.${evidence.code}`,
    {
      detail: evidence.detail,
    },
  );
