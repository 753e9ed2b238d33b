import { z } from 'zod';
import { parseInput } from '../errors/parse-input';
import { isWebmailDomain, LIKELY_DUPLICATE_SCORE, registrableDomain } from '../matching';
import type { Caller } from '../model/caller';
import type { Language } from '../model/common.schema';
import { summarize, type TierSummary } from '../model/tier-summary';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import { rememberRep } from './reports.use-case';
import { findCandidates } from './match-tiers-candidates';
import { toMatchCandidate, visibleCandidates, type MatchCandidate } from './match-tiers.use-case';
import { visibleTiers } from './visible-tier';

export const LookupRequest = z.object({ emails: z.array(z.string().trim().max(320)).min(1).max(500) }).strict().meta({ id: 'LookupRequest' });

/** Why a tier was proposed for an address, so the rep can judge (never a silent pick). */
export type Evidence = { code: 'same-email' | 'employer-of-person' | 'email-domain'; detail: string };
export type OrganisationMatch = { tier: TierSummary; evidence: Evidence[] };
export type PersonMatch = { tier: TierSummary; evidence: Evidence[]; organisations: OrganisationMatch[] };
/** A colleague's address that belongs to a Relais user: a follow-up can be assigned to them. */
export type ColleagueUser = { id: string; name: string };
export type LookupResult = {
  email: string;
  status: 'matched' | 'ambiguous' | 'unknown' | 'internal' | 'invalid';
  persons: PersonMatch[];
  organisations: OrganisationMatch[];
  /** For an internal address: the Relais user it belongs to, when they have used Relais. */
  user?: ColleagueUser;
  /**
   * For an unknown address at a company domain no organisation declares: the organisations whose
   * name the domain spells ("michelin.com" → "Compagnie générale des établissements Michelin"),
   * likely ones only, for the rep to confirm (never a silent pick: the status stays `unknown`).
   */
  suggestions?: MatchCandidate[];
};

/** Unknown domains per call whose owner is looked for by name (one match each). */
const SUGGESTED_DOMAINS = 10;

const emailShape = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/;

const employersOf = async (deps: Deps, caller: Caller, person: Tier): Promise<OrganisationMatch[]> => {
  const partition = await deps.tiers.partition(person.id);
  const edges = (partition?.relations ?? []).filter((r) => r.typeId === 'works-for' && r.fromId === person.id && r.status === 'ongoing');
  const orgs = await visibleTiers(deps, caller, edges.map((e) => e.toId));
  return orgs.map((org) => ({ tier: summarize(org), evidence: [{ code: 'employer-of-person', detail: summarize(person).name }] }));
};

/** The organisations owning an e-mail domain, as this caller may see them. */
const domainOwners = async (deps: Deps, caller: Caller, domain: string): Promise<Tier[]> => {
  // A personal address (gmail.com, orange.fr…) says nothing of the company its owner works for.
  if (isWebmailDomain(domain)) return [];
  const hits = await deps.index.find('domain', domain);
  return (await visibleTiers(deps, caller, hits.map((h) => h.targetId))).filter((o) => o.kind === 'organisation' && (o.emailDomains ?? []).includes(domain));
};

/** Per lookup call: twenty recipients at one client cost one domain query, not twenty. */
const onceEach = <T>(work: (key: string) => Promise<T>): ((key: string) => Promise<T>) => {
  const started = new Map<string, Promise<T>>();
  return (key) => {
    const found = started.get(key);
    if (found) return found;
    const promise = work(key);
    started.set(key, promise);
    return promise;
  };
};

/** The organisations a company domain names, by its owner's part ("schneider-electric" of schneider-electric.com). */
const organisationsNamedBy = async (deps: Deps, caller: Caller, domain: string, lang: Language): Promise<MatchCandidate[]> => {
  const label = registrableDomain(domain).split('.')[0] ?? '';
  if (label.length < 2 || isWebmailDomain(domain)) return [];
  const draft = { kind: 'organisation' as const, names: [{ type: 'commercial' as const, value: label }] };
  const candidates = visibleCandidates(caller, await findCandidates(deps, draft, { minScore: LIKELY_DUPLICATE_SCORE }));
  return candidates.slice(0, 3).map((c) => toMatchCandidate(c, lang));
};

type Finders = { ownersOf: (domain: string) => Promise<Tier[]>; namedBy: (domain: string) => Promise<MatchCandidate[]> };

const lookupOne = async (deps: Deps, caller: Caller, raw: string, { ownersOf, namedBy }: Finders): Promise<LookupResult> => {
  const email = raw.toLowerCase();
  const domain = emailShape.exec(email)?.[1];
  const empty = { email: raw, persons: [], organisations: [] };
  if (!domain) return { ...empty, status: 'invalid' };
  const internal = [...deps.config.internalDomains, caller.email?.split('@')[1]].filter(Boolean).map((d) => d!.toLowerCase());
  if (internal.includes(domain)) return { ...empty, status: 'internal' };
  const [persons, orgs] = await Promise.all([
    deps.index.find('email', email).then((hits) => visibleTiers(deps, caller, hits.map((h) => h.targetId))),
    ownersOf(domain),
  ]);
  const personMatches: PersonMatch[] = await Promise.all(
    persons
      .filter((p) => p.kind === 'person' && (p.emails ?? []).some((e) => e.toLowerCase() === email))
      .map(async (p) => ({ tier: summarize(p), evidence: [{ code: 'same-email' as const, detail: email }], organisations: await employersOf(deps, caller, p) })),
  );
  const organisations: OrganisationMatch[] = orgs.map((o) => ({ tier: summarize(o), evidence: [{ code: 'email-domain', detail: domain }] }));
  const status = personMatches.length > 1 || (personMatches.length === 0 && organisations.length > 1)
    ? 'ambiguous'
    : personMatches.length + organisations.length === 0 ? 'unknown' : 'matched';
  const suggestions = status === 'unknown' ? await namedBy(domain) : [];
  return { email: raw, status, persons: personMatches, organisations, ...(suggestions.length > 0 ? { suggestions } : {}) };
};

/**
 * Relais users by address, read once for all the colleagues of an item (the users directory is small).
 * Unreadable, it only costs the colleagues' names as assignees: the lookup still answers.
 */
const usersByEmail = async (deps: Deps): Promise<Map<string, ColleagueUser>> => {
  const reps = (await deps.insight?.activity.reps().catch(() => [])) ?? [];
  return new Map(reps.filter((r) => r.email).map((r) => [r.email!.toLowerCase(), { id: r.id, name: r.name }]));
};

/**
 * For each address on an e-mail or meeting: the persons it belongs to, their organisations, and
 * organisations by domain (or, for a domain none declares, suggested by name); colleagues with the
 * Relais user they are. The caller is remembered as a user, so colleagues can assign them follow-ups.
 */
export const lookupEmails = async (deps: Deps, caller: Caller, input: unknown, lang: Language = 'en'): Promise<{ results: LookupResult[] }> => {
  const request = parseInput(LookupRequest, input);
  const unique = [...new Map(request.emails.map((e) => [e.toLowerCase(), e])).values()];
  const ownersOf = onceEach((domain) => domainOwners(deps, caller, domain));
  let suggested = 0;
  const namedBy = onceEach((domain) => (suggested++ < SUGGESTED_DOMAINS ? organisationsNamedBy(deps, caller, domain, lang) : Promise.resolve([])));
  const [results] = await Promise.all([Promise.all(unique.map((e) => lookupOne(deps, caller, e, { ownersOf, namedBy }))), rememberRep(deps, caller)]);
  if (!results.some((r) => r.status === 'internal')) return { results };
  const users = await usersByEmail(deps);
  return {
    results: results.map((r) => {
      const user = r.status === 'internal' ? users.get(r.email.toLowerCase()) : undefined;
      return user ? { ...r, user } : r;
    }),
  };
};
