import { isReferenceFunction } from '../catalogue/reference-functions';
import { DomainError, type FieldError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import { defaultTeamOf, hasRole, type Caller } from '../model/caller';
import { changeFact, type FactVersion } from '../model/fact';
import { TierDraft, type Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { Versioned } from '../ports/tier-store.port';
import { createRelation } from './create-relation.use-case';
import { indexTier } from './index-tier';
import { recordNewTierInsight } from './scores.use-case';
import { visibleTiers } from './visible-tier';

export type CreateTierOptions = { idempotencyKey?: string };
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

/** Creates an organisation or a person with its first dated facts and its index entries. */
export const createTier = async (deps: Deps, caller: Caller, input: unknown, options: CreateTierOptions = {}): Promise<CreateTierResult> => {
  const draft = parseInput(TierDraft, input);
  const id = options.idempotencyKey ? deps.ids.fromKey('tier', `${caller.userId}\n${options.idempotencyKey}`) : deps.ids.newId();
  const existing = options.idempotencyKey ? await deps.tiers.get(id) : undefined;
  if (existing) {
    await indexTier(deps, existing.value);
    return { ...existing, created: false };
  }
  await checkReferences(deps, caller, draft);
  const now = deps.clock.now();
  const tier = buildTier(draft, id, caller, now);
  const source = { kind: 'creation' as const };
  const facts: FactVersion[] = [
    changeFact(undefined, { name: 'owner', value: caller.userId, at: now, by: caller.userId, source }).open!,
  ];
  if (tier.lifecycle) facts.push(changeFact(undefined, { name: 'lifecycle', value: tier.lifecycle, at: now, by: caller.userId, source }).open!);
  const etag = await deps.tiers.create(tier, facts);
  await indexTier(deps, tier);
  if (draft.kind === 'person' && draft.organisationId)
    await createRelation(deps, caller, { typeId: 'works-for', fromId: id, toId: draft.organisationId, status: 'ongoing' }, {
      idempotencyKey: `works-for\n${id}`,
    });
  await recordNewTierInsight(deps, caller, tier, facts, draft.kind === 'person' ? draft.organisationId : undefined);
  return { value: tier, etag, created: true };
};
