import { instantOf } from './calendar-day';
import type { ConsentChannel, LegalBasis, PersonConsent } from './person-consent.schema';

/**
 * B2B prospecting in France is opt-out on every channel when the message relates to the person's
 * job (CNIL): legitimate interest, or an existing contract, allows it until the person objects.
 * A consent basis needs a granted consent; a legal obligation is never a reason to prospect.
 */
const ALLOWED_WITHOUT_ANSWER: Record<LegalBasis, boolean> = {
  'legitimate-interest': true,
  contract: true,
  consent: false,
  'legal-obligation': false,
};

// On the same instant, a refusal outranks a grant.
const rank = (c: PersonConsent): number => (c.status === 'objected' || c.status === 'withdrawn' ? 1 : 0);

export const mayProspect = (consents: readonly PersonConsent[], channel: ConsentChannel): boolean => {
  const history = consents
    .filter((c) => c.channel === channel)
    .sort((a, b) => instantOf(a.date) - instantOf(b.date) || rank(a) - rank(b));
  let answer: boolean | undefined;
  let basis: LegalBasis = 'legitimate-interest';
  for (const record of history) {
    basis = record.legalBasis;
    // An 'unknown' record (an import, say) never erases an objection or a consent recorded earlier.
    if (record.status === 'granted') answer = true;
    else if (record.status === 'objected' || record.status === 'withdrawn') answer = false;
  }
  return answer ?? ALLOWED_WITHOUT_ANSWER[basis];
};
