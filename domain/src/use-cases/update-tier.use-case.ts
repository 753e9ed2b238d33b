import { sameGuard, tierGuard } from '../access/tier-guard';
import { sameValue } from '../approvals/same-value';
import { isReferenceFunction } from '../catalogue/reference-functions';
import { DomainError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import { hasRole, type Caller } from '../model/caller';
import { changeFact, type FactVersion } from '../model/fact';
import { displayName, MAX_FORMER_ADDRESSES, OrganisationPatch, PersonPatch, type Tier } from '../model/tier.schema';
import { listFieldsOf, listOf, type ListElement } from '../model/list-elements';
import { endedAddresses, reconcileList } from '../approvals/list-changes';
import type { AuditRecord } from '../ports/audit-store.port';
import type { Deps } from '../ports/deps';
import type { Versioned } from '../ports/tier-store.port';
import { indexTier } from './index-tier';
import { rememberRep } from './reports.use-case';
import { refreshRelationEnds } from './relation-ends';
import { refreshTierInsight } from './scores.use-case';
import { loadActiveTier } from './visible-tier';

/** Fields that are dated facts: a change closes the old value and opens a new one. */
const factFields = ['lifecycle', 'owner'] as const;

export const currentFact = (facts: readonly FactVersion[], name: string): FactVersion | undefined =>
  facts.find((f) => f.name === name && f.validTo === null);

/** The fact versions to write for a set of fact changes, given the tier's current facts. */
export const factWrites = (
  facts: readonly FactVersion[],
  changes: Record<string, string | number | boolean>,
  at: string,
  by: string,
  source: FactVersion['source'],
): FactVersion[] =>
  Object.entries(changes).flatMap(([name, value]) => {
    const change = changeFact(currentFact(facts, name), { name, value, at, by, source });
    return [change.close, change.open].filter((f): f is FactVersion => f !== undefined);
  });

/**
 * Reference data is what identifies a tier and what matching, hierarchy and reporting rest on: it
 * changes through a change request that a manager or a steward approves. Contact details (website,
 * phones, e-mails, job title…) are the rep's to keep current and change directly.
 */
const referenceFields: Record<Tier['kind'], readonly string[]> = {
  organisation: ['names', 'siren', 'siret', 'parentId', 'headOffice', 'addresses', 'lifecycle'],
  person: ['civility', 'firstName', 'lastName', 'lifecycle'],
};
/** Who sees the tier: its owner team's managers move it, or stewards and admins. */
const governanceFields = ['ownerTeam', 'confidentiality'];
/** Who follows the tier sees it even when confidential: only who may lock it hands it over, never its creator alone. */
const followerField = 'owner';
/** The creator may still correct what they typed (a misspelt name, a wrong SIREN) for a day. */
const FRESH_MS = 24 * 3600 * 1000;

const changeRequestPath = (field: string): string => (field === 'lifecycle' ? 'facts.lifecycle' : field);

/** Refuses the fields the caller may not change directly, naming each of them. */
const checkFieldRights = (caller: Caller, tier: Tier, patch: Record<string, unknown>, now: string): void => {
  if (hasRole(caller, 'steward', 'admin')) return;
  const changed = Object.keys(patch).filter((field) => !sameValue(patch[field], (tier as Record<string, unknown>)[field]));
  const fresh = tier.createdBy === caller.userId && Date.parse(now) - Date.parse(tier.createdAt) < FRESH_MS;
  const ownTeam = typeof patch.ownerTeam !== 'string' || caller.teams.includes(patch.ownerTeam);
  const manages = hasRole(caller, 'manager') && caller.teams.includes(tier.ownerTeam);
  const governs = (fresh || manages) && ownTeam;
  const governance = changed.filter((f) => (f === followerField && !manages) || (governanceFields.includes(f) && !governs));
  if (governance.length > 0)
    throw new DomainError(
      'TIER.FIELD_FORBIDDEN',
      'forbidden',
      `Only a manager of the owner team, a data steward or an admin may change ${governance.join(', ')}; a tier goes only to one of your teams.`,
      governance.map((path) => ({ path, message: 'You may not change this field.' })),
    );
  const reference = fresh ? [] : changed.filter((f) => referenceFields[tier.kind].includes(f));
  if (reference.length > 0)
    throw new DomainError(
      'TIER.CHANGE_REQUEST_REQUIRED',
      'forbidden',
      `${reference.join(', ')} ${reference.length > 1 ? 'are' : 'is'} reference data: send a change request (POST /api/change-requests) for a manager or a data steward to approve.`,
      reference.map((path) => ({ path, message: `Reference data: request the change with path "${changeRequestPath(path)}".` })),
      { changeRequestPaths: reference.map(changeRequestPath) },
    );
};

/**
 * A list sent whole keeps the identity of the elements it still holds (their ids and dates), so a
 * pending change request naming one still finds it; addresses it no longer holds become history
 * with today's end date. Returns the history to store, if it grew.
 */
const keepListIdentities = (tier: Tier, patch: Record<string, unknown>, day: string): { formerAddresses?: unknown[] } => {
  let removed: ListElement[] = [];
  for (const field of listFieldsOf(tier.kind)) {
    if (!Array.isArray(patch[field])) continue;
    const result = reconcileList(listOf(tier, field), patch[field] as ListElement[]);
    patch[field] = result.list;
    if (field === 'addresses') removed = result.removed;
  }
  if (removed.length === 0 || tier.kind !== 'organisation') return {};
  return { formerAddresses: [...(tier.formerAddresses ?? []), ...endedAddresses(removed, day)].slice(-MAX_FORMER_ADDRESSES) };
};

/** Applies a partial update under If-Match: one atomic write of the profile and its fact changes. */
export const updateTier = async (deps: Deps, caller: Caller, id: string, input: unknown, ifMatch: string): Promise<Versioned<Tier>> => {
  const current = await loadActiveTier(deps, caller, id);
  const patch = parseInput(current.value.kind === 'person' ? PersonPatch : OrganisationPatch, input) as Partial<Tier> &
    Record<string, unknown>;
  if (typeof patch.referenceFunction === 'string' && !isReferenceFunction(patch.referenceFunction))
    throw new DomainError('TIER.INVALID_REFERENCE', 'rule', 'Unknown reference function.', [
      { path: 'referenceFunction', message: 'Not a reference function; see GET /api/reference-functions.' },
    ]);
  if (patch.parentId === id)
    throw new DomainError('TIER.INVALID_REFERENCE', 'rule', 'An organisation cannot be its own parent.', [
      { path: 'parentId', message: 'An organisation cannot be its own parent.' },
    ]);
  const now = deps.clock.now();
  const former = keepListIdentities(current.value, patch, now.slice(0, 10));
  checkFieldRights(caller, current.value, patch, now);
  const next = { ...current.value, ...patch, ...former, updatedAt: now } as Tier;
  if (next.kind === 'organisation' && next.siret && next.siren && !next.siret.startsWith(next.siren))
    throw new DomainError('REQUEST.INVALID', 'invalid', 'The request has invalid fields.', [
      { path: 'siret', message: 'The SIRET does not start with the SIREN.' },
    ]);
  const changes = Object.fromEntries(factFields.filter((f) => patch[f] !== undefined).map((f) => [f, patch[f] as string]));
  const endChanged = !sameGuard(tierGuard(current.value), tierGuard(next)) || displayName(current.value) !== displayName(next);
  const partition = Object.keys(changes).length > 0 || endChanged ? await deps.tiers.partition(id) : undefined;
  const facts = factWrites(partition?.facts ?? [], changes, now, caller.userId, { kind: 'api' });
  const etag = await deps.tiers.write(id, { tier: { value: next, ifMatch }, facts });
  await indexTier(deps, next, current.value);
  if (endChanged) await refreshRelationEnds(deps, next, partition?.relations ?? []);
  await Promise.all([refreshTierInsight(deps, id), rememberRep(deps, caller)]);
  await deps.audit?.append(tierUpdatedAudit(deps, caller, current.value, patch, now));
  return { value: next, etag: etag ?? ifMatch };
};

/** Who changed what on the tier, before and after, field by field. */
const tierUpdatedAudit = (deps: Deps, caller: Caller, before: Tier, patch: Record<string, unknown>, at: string): AuditRecord => ({
  id: deps.ids.newId(),
  at,
  actorId: caller.userId,
  action: 'tier.updated',
  targetType: 'tier',
  targetId: before.id,
  details: {
    changes: Object.keys(patch)
      .filter((field) => !sameValue(patch[field], (before as Record<string, unknown>)[field]))
      .map((path) => ({ path, from: (before as Record<string, unknown>)[path] ?? null, to: patch[path] })),
  },
});
