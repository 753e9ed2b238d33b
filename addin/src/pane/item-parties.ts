import type { AddressMatch } from '@relais/ui/components/tier-match';
import { isSmtpAddress, type OutlookItemSnapshot, type Party } from '../office';

export type PartyRole = 'from' | 'to' | 'cc' | 'organizer' | 'required' | 'optional';
export type ItemParty = Party & { role: PartyRole; key: string };

const key = (emailAddress: string): string => emailAddress.trim().toLowerCase();

/** Everyone on the item once, with the role they first appear in: sender or organizer first. */
export const itemParties = (item: OutlookItemSnapshot): ItemParty[] => {
  const groups: [PartyRole, (Party | undefined)[]][] =
    item.itemType === 'message'
      ? [
          ['from', [item.from]],
          ['to', item.to],
          ['cc', item.cc],
        ]
      : [
          ['organizer', [item.organizer]],
          ['required', item.requiredAttendees],
          ['optional', item.optionalAttendees],
        ];
  const seen = new Map<string, ItemParty>();
  for (const [role, parties] of groups)
    for (const party of parties) {
      if (!party) continue;
      const k = key(party.emailAddress) || `name:${party.displayName}`;
      if (!seen.has(k)) seen.set(k, { ...party, role, key: k });
    }
  return [...seen.values()];
};

/** What the pane shows for one party: the lookup's answer, or "invalid" for what is not SMTP. */
export const matchFor = (party: ItemParty, results: ReadonlyMap<string, AddressMatch>): AddressMatch =>
  results.get(party.key) ??
  (isSmtpAddress(party.emailAddress)
    ? { email: party.key, status: 'unknown', persons: [], organisations: [] }
    : { email: party.emailAddress || party.displayName, status: 'invalid', persons: [], organisations: [] });

export const byEmail = (matches: AddressMatch[]): Map<string, AddressMatch> =>
  new Map(matches.map((m) => [key(m.email), m]));

/**
 * The order the rep reads: the sender, then what needs a decision (ambiguous, unknown), then the
 * matched; colleagues and non-addresses are summarised apart, not listed.
 */
export const orderForReview = (
  parties: ItemParty[],
  results: ReadonlyMap<string, AddressMatch>,
): ItemParty[] => {
  const rank = (party: ItemParty): number => {
    if (party.role === 'from' || party.role === 'organizer') return 0;
    const status = matchFor(party, results).status;
    return status === 'ambiguous' ? 1 : status === 'matched' ? 2 : 3;
  };
  return parties
    .filter((party) => !['internal', 'invalid'].includes(matchFor(party, results).status))
    .map((party, index) => ({ party, index, rank: rank(party) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ party }) => party);
};

/** Colleagues on the item (internal addresses), the mailbox user excepted: they are the performer. */
export const colleaguesOn = (
  parties: ItemParty[],
  results: ReadonlyMap<string, AddressMatch>,
  userEmail: string,
): ItemParty[] =>
  parties.filter((party) => party.key !== key(userEmail) && matchFor(party, results).status === 'internal');

/** Colleagues on the item who use Relais (the mailbox user excepted), once each: a follow-up can be assigned to them. */
export const colleagueUsers = (matches: readonly AddressMatch[], userEmail: string): { id: string; name: string }[] => {
  const found = new Map<string, { id: string; name: string }>();
  for (const match of matches)
    if (match.status === 'internal' && match.user && key(match.email) !== key(userEmail) && !found.has(match.user.id))
      found.set(match.user.id, { id: match.user.id, name: match.user.name || match.email });
  return [...found.values()];
};
