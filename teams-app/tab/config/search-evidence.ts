import type { Evidence, LookupResult, TierSummary } from '@relais/domain';

/** A proposed organisation and why: the lookup's evidence for an e-mail, as the add-in shows it. */
export type SearchHit = { tier: TierSummary; evidence: Evidence[] };

export type QueryKind = 'email' | 'siren' | 'siret' | 'phone' | 'name';
export type KeyEvidence = { code: 'same-siren' | 'same-siret' | 'same-phone'; detail: string };

/** Reads the query as the API's search does: an e-mail, a SIREN, a SIRET, a phone, or name words. */
export const queryKind = (q: string): QueryKind => {
  if (q.includes('@')) return 'email';
  const digits = q.replace(/[\s.-]/g, '');
  if (/^\d{9}$/.test(digits)) return 'siren';
  if (/^\d{14}$/.test(digits)) return 'siret';
  if (/^[+0-9 ().-]{6,}$/.test(q)) return 'phone';
  return 'name';
};

/** What every hit of an exact-key search shares with the query; name searches need no such note. */
export const keyEvidence = (q: string): KeyEvidence | null => {
  const kind = queryKind(q);
  const compact = q.replace(/[\s.-]/g, '');
  if (kind === 'siren') return { code: 'same-siren', detail: compact };
  if (kind === 'siret') return { code: 'same-siret', detail: compact };
  if (kind === 'phone') return { code: 'same-phone', detail: q.trim() };
  return null;
};

/**
 * The organisations an e-mail leads to, as the add-in's lookup finds them: the employers of the
 * person with that address, and organisations owning its domain; one hit per organisation.
 */
export const organisationsOfLookup = (results: readonly LookupResult[]): SearchHit[] => {
  const hits = new Map<string, SearchHit>();
  const add = (tier: TierSummary, evidence: Evidence[]) => {
    const hit = hits.get(tier.id) ?? { tier, evidence: [] };
    for (const e of evidence)
      if (!hit.evidence.some((x) => x.code === e.code && x.detail === e.detail)) hit.evidence.push(e);
    hits.set(tier.id, hit);
  };
  for (const result of results) {
    for (const person of result.persons) for (const org of person.organisations) add(org.tier, org.evidence);
    for (const org of result.organisations) add(org.tier, org.evidence);
  }
  return [...hits.values()];
};
