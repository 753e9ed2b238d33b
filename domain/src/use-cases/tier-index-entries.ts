import type { IndexName } from '../ports/index-store.port';
import type { Tier } from '../model/tier.schema';
import { searchTokens } from '../matching/search-tokens';
import { nameSearchTokens } from '../matching/name-search-forms';
import { normalizePhoneE164 } from '../matching/normalize-phone';
import { blockingKeys, isWebmailDomain } from '../matching';
import { tierMatchProfile } from './match-tiers-profile';
import { establishmentEntryData } from './tier-establishments.use-case';

/** `data` travels with the entry (a `parent` entry carries its establishment's name and guard). */
export type IndexEntry = { name: IndexName; key: string; data?: string };

/** The tokens a tier is found by in search (an organisation's also as the matcher reads its names). */
export const tierNameTokens = (tier: Tier): string[] =>
  tier.kind === 'person' ? [tier.firstName, tier.lastName].flatMap(searchTokens) : [...new Set(tier.names.flatMap((n) => nameSearchTokens(n.value)))];

/** The secondary index entries a tier should have: recomputed from the tier, so repair is a re-run. */
export const tierIndexEntries = (tier: Tier): IndexEntry[] => {
  if (tier.status !== 'active') return [];
  const entries: IndexEntry[] = [];
  const add = (name: IndexName, key: string | undefined, data?: string) => {
    if (key && !entries.some((e) => e.name === name && e.key === key)) entries.push({ name, key, ...(data === undefined ? {} : { data }) });
  };
  tierNameTokens(tier).forEach((token) => add('name', token));
  tier.phones?.forEach((p) => add('phone', normalizePhoneE164(p.number)));
  if (tier.kind === 'person') {
    tier.emails?.forEach((e) => add('email', e.toLowerCase()));
  } else {
    add('siren', tier.siren ?? tier.siret?.slice(0, 9));
    add('siret', tier.siret);
    // A personal domain recorded on a company (an old import) must not make it every Gmail user's employer.
    tier.emailDomains?.forEach((d) => add('domain', isWebmailDomain(d) ? undefined : d));
    add('parent', tier.parentId, establishmentEntryData(tier));
  }
  // Matching finds a draft's candidates under these keys (a person's employers do not change them).
  blockingKeys(tierMatchProfile(tier)).forEach((key) => add('block', key));
  return entries;
};
