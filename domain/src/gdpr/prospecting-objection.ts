import { instantOf } from './calendar-day';
import { ConsentChannel, type PersonConsent } from './person-consent.schema';

const explicit = (c: PersonConsent): boolean => c.status !== 'unknown';
const refuses = (c: PersonConsent): boolean => c.status === 'objected' || c.status === 'withdrawn';

/**
 * The channels on which the person's latest explicit answer is a refusal (an objection, or a
 * consent withdrawn). On the same instant a refusal outranks a grant, as in `mayProspect`.
 */
export const objectedChannels = (consents: readonly PersonConsent[]): ConsentChannel[] =>
  ConsentChannel.options.filter((channel) => {
    const answers = consents
      .filter((c) => c.channel === channel && explicit(c))
      .sort((a, b) => instantOf(a.date) - instantOf(b.date) || Number(refuses(a)) - Number(refuses(b)));
    const last = answers[answers.length - 1];
    return last !== undefined && refuses(last);
  });
