import { isReferenceFunction } from '../catalogue/reference-functions';
import { tierWithElementIds } from './element-ids';
import { DomainError, type FieldError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import { defaultTeamOf, hasRole, type Caller } from '../model/caller';
import type { Language } from '../model/common.schema';
import { changeFact, type FactVersion } from '../model/fact';
import { TierDraft, type Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { Versioned } from '../ports/tier-store.port';
import { createRelation } from './create-relation.use-case';
import { recordDistinct, recordReviewPairs } from './duplicates-pairs';
import { indexTier } from './index-tier';
import type { ScoredCandidate } from './match-tiers-candidates';
import { recordNewTierInsight } from './scores.use-case';
import { draftCandidates, isLikelyDuplicate, MATCH_LIMIT, toMatchCandidate, visibleCandidates } from './match-tiers.use-case';
import { visibleTiers } from './visible-tier';

export type CreateTierOptions = {
  idempotencyKey?: string;
  /** The caller saw the likely duplicates and says this is another tier: create it and remember the pairs as distinct. */
  confirm?: 'distinct';
  /** The language of the candidates' reasons when creation is refused. */
  lang?: Language;
  /** A tier brought from another system (import): its own creation date and dated facts, instead of today's. */
  history?: { createdAt: string; facts: FactVersion[] };
  /** The draft's candidates, when the caller matched it already (the import does, to decide what to do). */
  candidates?: ScoredCandidate[];
};
export type CreateTierResult = Versioned<Tier> & { created: boolean };

const checkReferences = async (deps: Deps, caller: Caller, draft: TierDraft): Promise<void> => {
  const errors: FieldError[] = [];
  const refs = draft.kind === 'organisation' ? draft.parentId : draft.organisationId;
  const [found] = refs ? await visibleTiers(deps, caller, [refs]) : [];
  if (refs && found?.kind !== 'organisation')
    errors.push({ path: draft.kind === 'organisation' ? 'parentId' : 'organisationId', message: 'No organisation with this id.' });
  if (draft.kind === 'person' && draft.referenceFunction && !isReferenceFunction(draft.referenceFunction))
    errors.push({ path: 'referenceFunction', message: 'Not a reference function; see GET /api/reference-functions.' });
  if (draft.ownerTeam && !caller.teams.includes(draft.ownerTeam) && !hasRole(caller, 'steward', 'admin'))
    errors.push({ path: 'ownerTeam', message: 'You can only give a tier to one of your teams.' });
  if (errors.length > 0) throw new DomainError('TIER.INVALID_REFERENCE', 'rule', 'The tier refers to something it cannot.', errors);
};

const buildTier = (draft: TierDraft, id: string, caller: Caller, now: string): Tier => {
  const { lifecycle, ...fields } = draft;
  const common = {
    id,
    ownerTeam: draft.ownerTeam ?? defaultTeamOf(caller),
    confidentiality: draft.confidentiality ?? 'public',
    lifecycle,
    owner: caller.userId,
    status: 'active' as const,
    createdAt: now,
    createdBy: caller.userId,
    updatedAt: now,
  };
  if (fields.kind === 'person') {
    const { organisationId: _link, ...person } = fields;
    return { ...person, ...common };
  }
  const siren = fields.siren ?? fields.siret?.slice(0, 9);
  return { ...fields, siren, ...common };
};

/** The id a creation with this idempotency key gives (or gave) its tier. */
export const tierIdFor = (deps: Deps, caller: Caller, idempotencyKey: string): string => deps.ids.fromKey('tier', `${caller.userId}\n${idempotencyKey}`);

/** An imported tier keeps its original creation date; its lifecycle and owner are its current facts. */
const importedFields = (history: NonNullable<CreateTierOptions['history']>): Partial<Tier> => {
  const current = (name: string) => history.facts.find((f) => f.name === name && f.validTo === null)?.value;
  const lifecycle = current('lifecycle');
  const owner = current('owner');
  return {
    createdAt: history.createdAt,
    ...(typeof lifecycle === 'string' ? { lifecycle: lifecycle as Tier['lifecycle'] } : {}),
    ...(typeof owner === 'string' ? { owner } : {}),
  };
};

/**
 * Creates an organisation or a person with its first dated facts and its index entries. A draft
 * whose best visible candidate is a likely duplicate is refused with the candidates, unless the
 * caller confirms it is another tier.
 */
export const createTier = async (deps: Deps, caller: Caller, input: unknown, options: CreateTierOptions = {}): Promise<CreateTierResult> => {
  const draft = parseInput(TierDraft, input);
  const id = options.idempotencyKey ? tierIdFor(deps, caller, options.idempotencyKey) : deps.ids.newId();
  const existing = options.idempotencyKey ? await deps.tiers.get(id) : undefined;
  if (existing) {
    await indexTier(deps, existing.value);
    return { ...existing, value: tierWithElementIds(deps.ids, existing.value), created: false };
  }
  await checkReferences(deps, caller, draft);
  const candidates = options.candidates ?? (await draftCandidates(deps, caller, draft));
  const seen = visibleCandidates(caller, candidates);
  if (isLikelyDuplicate(seen[0]) && options.confirm !== 'distinct')
    throw new DomainError('TIER.LIKELY_DUPLICATE', 'conflict', 'This tier looks like one that exists already. Use it, or confirm with ?confirm=distinct.', [], {
      candidates: seen.slice(0, MATCH_LIMIT).map((c) => toMatchCandidate(c, options.lang ?? 'en')),
    });
  // Before the tier exists, so a crash right after creation cannot lose the caller's answer.
  if (options.confirm === 'distinct') await Promise.all(seen.filter(isLikelyDuplicate).map((c) => recordDistinct(deps, caller, id, c.tier.id)));
  const now = deps.clock.now();
  const tier = tierWithElementIds(deps.ids, { ...buildTier(draft, id, caller, now), ...(options.history ? importedFields(options.history) : {}) } as Tier);
  const source = { kind: 'creation' as const };
  const facts: FactVersion[] = options.history?.facts ?? [
    changeFact(undefined, { name: 'owner', value: caller.userId, at: now, by: caller.userId, source }).open!,
  ];
  if (tier.lifecycle && !options.history) facts.push(changeFact(undefined, { name: 'lifecycle', value: tier.lifecycle, at: now, by: caller.userId, source }).open!);
  const etag = await deps.tiers.create(tier, facts);
  await indexTier(deps, tier);
  await recordReviewPairs(deps, id, candidates);
  if (draft.kind === 'person' && draft.organisationId)
    await createRelation(deps, caller, { typeId: 'works-for', fromId: id, toId: draft.organisationId, status: 'ongoing' }, {
      idempotencyKey: `works-for\n${id}`,
    });
  await recordNewTierInsight(deps, caller, tier, facts, draft.kind === 'person' ? draft.organisationId : undefined);
  return { value: tier, etag, created: true };
};
