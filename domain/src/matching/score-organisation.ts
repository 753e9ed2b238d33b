import { nameComparisons, type NameComparison } from './compare-organisation-names';
import { combineEvidence, interpolate, type Evidence } from './combine-evidence';
import type { OrganisationMatchProfile } from './match-profile';
import type { MatchReason, MatchResult } from './match-reason';
import { departmentOf } from './normalize-place';
import { prepareOrganisation, type PreparedOrganisation } from './prepare-organisation';
import { typoDistance } from './string-similarity';
import type { MatchContext, WordFrequencies } from './word-weights';

/**
 * Log-odds weights. The prior and name weights are set so that an identical name alone lands
 * near 0.87 (a likely duplicate: creating it again needs confirmation) while an identical name
 * contradicted by a different city or domain falls near 0.55 (shown, not blocking).
 */
const PRIOR = -1.3;
const SAME_COMPANY = 7;
const SAME_COMPANY_UNCHECKED = 5;
const DIFFERENT_COMPANY = -5;
const DIFFERENT_COMPANY_UNCHECKED = -1;
/** Two valid different SIRENs are two legal persons, whatever else they share. */
const DIFFERENT_COMPANY_CEILING = 0.6;
const SAME_DOMAIN = 3;
const DIFFERENT_DOMAIN = -1.6;
/** garnier.fr and garnier.com: usually one owner, though not always. */
const SAME_DOMAIN_NAME = 2;
const SAME_PHONE = 2.2;
const SAME_POSTCODE = 0.8;
const SAME_CITY = 0.5;
const DIFFERENT_CITY = -1.6;
const NEAR_POSTCODE = -0.6;

/** Name similarity → weight; below 0.7 names disagree, which argues against a duplicate. */
const NAME_CURVE = [
  [0, -2.5],
  [0.5, -1.5],
  [0.7, 0],
  [0.8, 1],
  [0.85, 1.8],
  [0.9, 2.4],
  [0.95, 3],
  [1, 3.2],
] as const;

const identityEvidence = (a: PreparedOrganisation, b: PreparedOrganisation): Evidence[] => {
  if (!a.identity || !b.identity) return [];
  const [x, y] = [a.identity, b.identity];
  if (x.siren === y.siren) {
    const weight = x.valid ? SAME_COMPANY : SAME_COMPANY_UNCHECKED;
    if (x.siret && x.siret === y.siret) return [{ weight, reason: { code: 'SAME_SIRET', params: { siret: x.siret } } }];
    const siret = x.siret ?? y.siret;
    return [{ weight, reason: siret ? { code: 'SAME_COMPANY', params: { siret, siren: x.siren } } : { code: 'SAME_SIREN', params: { siren: x.siren } } }];
  }
  if (x.valid && y.valid) return [{ weight: DIFFERENT_COMPANY, reason: { code: 'DIFFERENT_SIREN', params: { left: x.siren, right: y.siren } } }];
  // An invalid number one typo away from the other is most likely that number mistyped.
  if (typoDistance(x.siren, y.siren) <= 1) return [];
  return [{ weight: DIFFERENT_COMPANY_UNCHECKED, reason: { code: 'DIFFERENT_SIREN', params: { left: x.siren, right: y.siren } } }];
};

/** The text a reason shows for a name: the whole written name when the match was on a name read out of it. */
const shown = (name: NameComparison['left']): string => name.alias?.of ?? name.text;

const aliasReason = (c: NameComparison): MatchReason | undefined => {
  for (const [alias, other] of [
    [c.right, c.left],
    [c.left, c.right],
  ]) {
    if (!alias.alias) continue;
    if (alias.alias.kind === 'leading') return { code: 'DISTINCTIVE_WORD', params: { part: other.text, name: alias.alias.of, words: other.core.length } };
    if (alias.alias.kind === 'acronym') return { code: 'ACRONYM', params: { acronym: other.text, name: alias.alias.of } };
    return { code: 'ACRONYM', params: { acronym: alias.alias.acronym ?? alias.text, name: other.text } };
  }
  return undefined;
};

const nameReason = (c: NameComparison): MatchReason => {
  const names = { left: shown(c.left), right: shown(c.right) };
  switch (c.kind) {
    case 'exact':
      return aliasReason(c) ?? { code: 'SAME_NAME', params: names };
    case 'joined':
      return { code: 'JOINED_WORDS', params: names };
    case 'translated':
      return { code: 'TRANSLATED_NAME', params: { ...names, word: c.word ?? '', translation: c.translation ?? '' } };
    case 'reordered':
      return { code: 'REORDERED_NAME', params: names };
    case 'acronym':
      return { code: 'ACRONYM', params: { acronym: c.short ?? '', name: c.long ?? '' } };
    case 'abbreviation':
      return { code: 'ABBREVIATION', params: { ...names, short: c.short ?? '', long: c.long ?? '' } };
    case 'typo':
      return { code: 'NAME_TYPO', params: names };
    case 'phonetic':
      return { code: 'NAME_SOUNDS_ALIKE', params: names };
    case 'distinctive': {
      const [part, whole] = c.left.core.length <= c.right.core.length ? [c.left, c.right] : [c.right, c.left];
      return { code: 'DISTINCTIVE_WORD', params: { part: part.text, name: shown(whole), words: part.core.length } };
    }
    case 'contained':
      return { code: 'NAME_CONTAINED', params: names };
    case 'partial':
      return { code: 'SIMILAR_NAME', params: { ...names, similarity: Math.round(c.similarity * 100) } };
    case 'different':
      return { code: 'DIFFERENT_NAME', params: names };
  }
};

/** An acronym that fits no expansion may still be a nickname or mistyped: weak disagreement. */
const UNEXPLAINED_ACRONYM = -1;

/**
 * A shorter name standing for a longer one whose other words weigh little ("Michelin" for "Compagnie
 * générale des établissements Michelin"): by the share of the longer name's weight it carries.
 */
const DISTINCTIVE_CURVE = [
  [0.75, 2],
  [0.85, 2.75],
  [1, 3],
] as const;

/** An acronym several organisations of the base may stand for tells less, by the log of how many. */
const SHARED_ACRONYM = 0.6;
/** A short name at most this many organisations hold is rare enough to count in full. */
const RARE = 2;

const nameWeight = (c: NameComparison, frequencies?: WordFrequencies): number => {
  if (c.kind === 'different' && !c.left.acronym !== !c.right.acronym) return UNEXPLAINED_ACRONYM;
  // Containment ("Laurent" in "Atelier Laurent") is a hint that needs support from other fields.
  const curve =
    c.kind === 'contained'
      ? Math.min(1.3, 0.6 + (c.similarity - 0.5) * 2)
      : c.kind === 'distinctive'
        ? interpolate(DISTINCTIVE_CURVE, c.coverage ?? 0)
        : interpolate(NAME_CURVE, c.similarity);
  const weight = c.acronymHolders && c.acronymHolders > 1 ? curve - SHARED_ACRONYM * Math.log2(c.acronymHolders) : curve;
  // A very short name ("Roux") is shared by many organisations and its agreement proves less,
  // unless the base says it is rare.
  const shorter = c.left.compact.length <= c.right.compact.length ? c.left : c.right;
  const acronyms = c.kind === 'acronym' || (c.left.acronym !== undefined && c.right.acronym !== undefined);
  const rare = !!frequencies && shorter.core.every((w) => (frequencies(w) ?? Infinity) <= RARE);
  return weight > 0 && shorter.compact.length < 5 && !acronyms && !rare ? weight * 0.8 : weight;
};

/**
 * Why words the names share counted for little: they are common in the base, or two spellings one
 * typo apart are both names in use.
 */
const baseEvidence = (c: NameComparison): Evidence[] => [
  ...(c.spellings ? [{ weight: 0, reason: { code: 'TWO_NAMES' as const, params: c.spellings } }] : []),
  ...(c.common && ['contained', 'partial', 'different'].includes(c.kind) ? [{ weight: 0, reason: { code: 'COMMON_WORD' as const, params: c.common } }] : []),
];

const nameEvidence = (a: PreparedOrganisation, b: PreparedOrganisation, context: MatchContext): Evidence[] => {
  const best = nameComparisons(a.names, b.names, context)
    .map((comparison) => ({ comparison, weight: nameWeight(comparison, context.frequencies) }))
    .reduce<{ comparison: NameComparison; weight: number } | undefined>((top, option) => (!top || option.weight > top.weight ? option : top), undefined);
  return best ? [{ weight: best.weight, reason: nameReason(best.comparison) }, ...baseEvidence(best.comparison)] : [];
};

/** The owner's part of a registrable domain: "garnier" for garnier.fr and garnier.co.uk. */
const domainLabel = (domain: string): string => domain.split('.')[0];

const domainsOf = (o: PreparedOrganisation): Set<string> => new Set([...o.emailDomains, ...(o.website ? [o.website] : [])]);

const domainEvidence = (a: PreparedOrganisation, b: PreparedOrganisation): Evidence[] => {
  const left = domainsOf(a);
  const right = domainsOf(b);
  if (left.size === 0 || right.size === 0) return [];
  const shared = [...left].find((d) => right.has(d));
  if (!shared) {
    const sameName = [...left].flatMap((l) => [...right].filter((r) => domainLabel(l) === domainLabel(r)).map((r) => [l, r]))[0];
    if (sameName) return [{ weight: SAME_DOMAIN_NAME, reason: { code: 'SAME_DOMAIN_NAME', params: { left: sameName[0], right: sameName[1] } } }];
    return [{ weight: DIFFERENT_DOMAIN, reason: { code: 'DIFFERENT_DOMAIN', params: { left: [...left][0], right: [...right][0] } } }];
  }
  const code =
    a.website === shared && b.website === shared
      ? 'SAME_WEBSITE'
      : a.emailDomains.has(shared) && b.emailDomains.has(shared)
        ? 'SAME_EMAIL_DOMAIN'
        : 'WEBSITE_MATCHES_EMAIL_DOMAIN';
  return [{ weight: SAME_DOMAIN, reason: { code, params: { domain: shared } } }];
};

const phoneEvidence = (a: PreparedOrganisation, b: PreparedOrganisation): Evidence[] => {
  const shared = [...a.phones].find((p) => b.phones.has(p));
  return shared ? [{ weight: SAME_PHONE, reason: { code: 'SAME_PHONE', params: { phone: shared } } }] : [];
};

const placeEvidence = (a: PreparedOrganisation, b: PreparedOrganisation): Evidence[] => {
  if (a.postcode && a.postcode === b.postcode) {
    return [{ weight: SAME_POSTCODE, reason: { code: 'SAME_POSTCODE', params: { postcode: a.postcode, city: a.cityLabel ?? b.cityLabel ?? '' } } }];
  }
  if (a.city && b.city) {
    return a.city === b.city
      ? [{ weight: SAME_CITY, reason: { code: 'SAME_CITY', params: { city: a.cityLabel ?? a.city } } }]
      : [{ weight: DIFFERENT_CITY, reason: { code: 'DIFFERENT_CITY', params: { left: a.cityLabel ?? a.city, right: b.cityLabel ?? b.city } } }];
  }
  if (a.postcode && b.postcode) {
    const near = departmentOf(a.postcode) !== undefined && departmentOf(a.postcode) === departmentOf(b.postcode);
    return [{ weight: near ? NEAR_POSTCODE : DIFFERENT_CITY, reason: { code: 'DIFFERENT_CITY', params: { left: a.postcode, right: b.postcode } } }];
  }
  return [];
};

/** How likely two organisation profiles designate the same organisation, and why. */
export const scoreOrganisation = (draft: OrganisationMatchProfile, candidate: OrganisationMatchProfile, context: MatchContext = {}): MatchResult => {
  const a = prepareOrganisation(draft);
  const b = prepareOrganisation(candidate);
  const identity = identityEvidence(a, b);
  const distinctCompanies = identity.some((e) => e.weight === DIFFERENT_COMPANY);
  const evidence = [...identity, ...nameEvidence(a, b, context), ...domainEvidence(a, b), ...phoneEvidence(a, b), ...placeEvidence(a, b)];
  return combineEvidence(PRIOR, evidence, distinctCompanies ? DIFFERENT_COMPANY_CEILING : 1);
};
