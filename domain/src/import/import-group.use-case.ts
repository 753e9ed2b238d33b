import { isDomainError } from '../errors/domain-error';
import type { MatchReason } from '../matching';
import type { Caller } from '../model/caller';
import type { Language } from '../model/common.schema';
import type { FactVersion } from '../model/fact';
import type { Medium } from '../model/interaction.schema';
import type { Organisation, OrganisationDraft, Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import { createTier, tierIdFor } from '../use-cases/create-tier.use-case';
import { REVIEW_SCORE } from '../use-cases/duplicates-pairs';
import { indexTier } from '../use-cases/index-tier';
import { logInteraction } from '../use-cases/log-interaction.use-case';
import type { ScoredCandidate } from '../use-cases/match-tiers-candidates';
import { draftCandidates, isLikelyDuplicate, type MatchCandidate } from '../use-cases/match-tiers.use-case';
import { currentValue, mergeFactHistories } from '../use-cases/merge-tiers-facts';
import { FEW_WRITE_ATTEMPTS, retryStaleWrite } from '../scoring/stale-write';
import { uniteOrganisationData } from '../use-cases/merge-tiers-profile';
import { groupOrganisation, groupPersons } from './group-import-rows';
import { importedCreatedAt, importedFacts, rowDate } from './import-facts';
import type { MappedRow } from './import-row';

export type ImportRunContext = {
  /** Short hash of the file: the import's identity, so re-running the same file finds what it created. */
  importId: string;
  caller: Caller;
  lang: Language;
  now: string;
  lastContactMedium: Medium;
};

type Match = { tierId: string; score: number; reasons: MatchReason[] };

/**
 * What became of a group of rows: `created` (a new tier), `already-imported` (a previous run of
 * this file created it), `merged` (into a tier this import created from earlier rows), `matched`
 * (a tier of the base, left as it was).
 */
export type TierOutcome = { lines: number[]; kind: 'created' | 'already-imported' | 'merged' | 'matched'; tierId: string; match?: Match };
export type SuspectedDuplicate = { line: number; tierId: string; candidateId: string; score: number; reasons: MatchReason[] };
export type GroupOutcome = { organisation: TierOutcome; persons: TierOutcome[]; suspected: SuspectedDuplicate[]; notes: number };

const matchOf = (c: ScoredCandidate): Match => ({ tierId: c.tier.id, score: c.score, reasons: c.reasons });

const importedBy = (importId: string, tier: Tier): boolean => !!tier.externalIds?.some((e) => e.system === 'import' && e.id.startsWith(`${importId}:`));

const sameFacts = (own: readonly FactVersion[], next: readonly FactVersion[]): boolean =>
  next.every((f) => own.some((o) => JSON.stringify(o) === JSON.stringify(f)));

/** Later rows of a company this import created earlier: their names, phones, addresses and dated facts join it. */
const uniteInto = async (deps: Deps, context: ImportRunContext, tierId: string, draft: OrganisationDraft, rows: readonly MappedRow[]): Promise<void> =>
  retryStaleWrite(async () => {
    const partition = await deps.tiers.partition(tierId);
    if (!partition || partition.tier.value.kind !== 'organisation') return;
    const current: Organisation = partition.tier.value;
    const incoming = importedFacts(rows, ['lifecycle', 'owner'], { by: context.caller.userId, source: { kind: 'import', id: context.importId }, fallback: context.now });
    const facts = mergeFactHistories(partition.facts, incoming, { kind: 'import', id: context.importId });
    const united: Organisation = { ...current, ...uniteOrganisationData(current, draft) };
    if (JSON.stringify(united) === JSON.stringify(current) && sameFacts(partition.facts, facts)) return;
    const all = [...partition.facts.filter((f) => !facts.some((n) => n.name === f.name)), ...facts];
    const lifecycle = currentValue(all, 'lifecycle');
    const owner = currentValue(all, 'owner');
    const next = {
      ...united,
      ...(typeof lifecycle === 'string' ? { lifecycle } : {}),
      ...(typeof owner === 'string' ? { owner } : {}),
      updatedAt: context.now,
    } as Organisation;
    await deps.tiers.write(tierId, { tier: { value: next, ifMatch: partition.tier.etag }, facts });
    await indexTier(deps, next, current);
  }, FEW_WRITE_ATTEMPTS);

/** Creates with the usual door (which also refuses likely duplicates); a refusal means the base has it. */
const createOrMatch = async (
  deps: Deps,
  context: ImportRunContext,
  input: Record<string, unknown>,
  options: { idempotencyKey: string; history: { createdAt: string; facts: FactVersion[] }; candidates: ScoredCandidate[] },
): Promise<{ kind: 'created' | 'already-imported'; tierId: string } | { kind: 'matched'; tierId: string; match: Match }> => {
  try {
    const result = await createTier(deps, context.caller, input, { ...options, lang: context.lang });
    return { kind: result.created ? 'created' : 'already-imported', tierId: result.value.id };
  } catch (error) {
    // Another run of the same file created it in the meantime (a re-run started while a crashed one was ending).
    if (isDomainError(error) && error.code === 'TIER.EXISTS') return { kind: 'already-imported', tierId: tierIdFor(deps, context.caller, options.idempotencyKey) };
    const best = isDomainError(error) && error.code === 'TIER.LIKELY_DUPLICATE' ? (error.details.candidates as MatchCandidate[])[0] : undefined;
    if (!best) throw error;
    return { kind: 'matched', tierId: best.tierId, match: { tierId: best.tierId, score: best.score, reasons: best.evidence as MatchReason[] } };
  }
};

const importOrganisation = async (deps: Deps, context: ImportRunContext, rows: readonly MappedRow[]) => {
  const lines = rows.map((r) => r.line);
  const key = `import:${context.importId}:org:${lines[0]}`;
  const draft = groupOrganisation(rows);
  if (await deps.tiers.get(tierIdFor(deps, context.caller, key)))
    return { outcome: { lines, kind: 'already-imported', tierId: tierIdFor(deps, context.caller, key) } as TierOutcome, suspected: [] };
  const candidates = await draftCandidates(deps, context.caller, draft);
  const best = candidates[0];
  if (best && isLikelyDuplicate(best)) {
    const ours = importedBy(context.importId, best.tier);
    if (ours) {
      // Rows of a company created in an earlier batch: a marker says this group was folded in already.
      if ((await deps.index.find('idempotency', key)).some((hit) => hit.targetId === best.tier.id))
        return { outcome: { lines, kind: 'already-imported', tierId: best.tier.id } as TierOutcome, suspected: [] };
      await uniteInto(deps, context, best.tier.id, draft, rows);
      await deps.index.put('idempotency', key, best.tier.id);
    }
    return { outcome: { lines, kind: ours ? 'merged' : 'matched', tierId: best.tier.id, match: matchOf(best) } as TierOutcome, suspected: [] };
  }
  const source = { kind: 'import' as const, id: context.importId };
  const facts = importedFacts(rows, ['lifecycle', 'owner'], { by: context.caller.userId, source, fallback: context.now });
  const input = { ...draft, externalIds: [...(draft.externalIds ?? []), { system: 'import', id: `${context.importId}:${lines[0]}` }].slice(0, 10) };
  const created = await createOrMatch(deps, context, input, { idempotencyKey: key, history: { createdAt: importedCreatedAt(rows, context.now), facts }, candidates });
  const suspected = candidates
    .filter((c) => c.score >= REVIEW_SCORE)
    .map((c) => ({ line: lines[0]!, tierId: created.tierId, candidateId: c.tier.id, score: c.score, reasons: c.reasons }));
  return { outcome: { lines, ...created } as TierOutcome, suspected: created.kind === 'created' ? suspected : [] };
};

const importPersons = async (deps: Deps, context: ImportRunContext, rows: readonly MappedRow[], organisationId: string): Promise<TierOutcome[]> =>
  Promise.all(
    groupPersons(rows).map(async (person): Promise<TierOutcome> => {
      const key = `import:${context.importId}:person:${person.lines[0]}`;
      const input = { ...person.draft, organisationId };
      if (await deps.tiers.get(tierIdFor(deps, context.caller, key)))
        return { lines: person.lines, kind: 'already-imported', tierId: tierIdFor(deps, context.caller, key) };
      const candidates = await draftCandidates(deps, context.caller, input);
      const best = candidates[0];
      if (best && isLikelyDuplicate(best)) return { lines: person.lines, kind: 'matched', tierId: best.tier.id, match: matchOf(best) };
      const own = rows.filter((r) => person.lines.includes(r.line));
      const facts = importedFacts(own, ['owner'], { by: context.caller.userId, source: { kind: 'import', id: context.importId }, fallback: context.now });
      const history = { createdAt: importedCreatedAt(own, context.now), facts };
      return { lines: person.lines, ...(await createOrMatch(deps, context, input, { idempotencyKey: key, history, candidates })) };
    }),
  );

const NOTE_SUBJECT: Record<Language, string> = { fr: 'Dernier contact (repris de l’ancien CRM)', en: 'Last contact (imported from the previous CRM)' };

/** Each row's last contact goes on the timeline, with its comment when the guard let it through. */
const importNotes = async (deps: Deps, context: ImportRunContext, rows: readonly MappedRow[], organisationId: string, persons: readonly TierOutcome[]) => {
  const logged = await Promise.all(
    rows
      .filter((row) => row.lastContact || row.comment)
      .map(async (row) => {
        const person = persons.find((p) => p.lines.includes(row.line));
        const participants = [{ tierId: organisationId }, ...(person && person.tierId !== organisationId ? [{ tierId: person.tierId }] : [])];
        const result = await logInteraction(
          deps,
          context.caller,
          {
            direction: 'outbound',
            medium: context.lastContactMedium,
            occurredAt: rowDate(row, context.now),
            subject: NOTE_SUBJECT[context.lang],
            ...(row.comment ? { summary: row.comment } : {}),
            participants,
          },
          { idempotencyKey: `import:${context.importId}:note:${row.line}` },
        );
        return result.created;
      }),
  );
  return logged.filter(Boolean).length;
};

/**
 * Imports the rows of one organisation: finds it (created by a previous run of this file, by this
 * import, or in the base) or creates it with its dated history; then its contacts and their notes.
 * Every write is keyed by the file and the line, so a re-run after a crash creates nothing twice.
 */
export const importGroup = async (deps: Deps, context: ImportRunContext, rows: readonly MappedRow[]): Promise<GroupOutcome> => {
  const { outcome, suspected } = await importOrganisation(deps, context, rows);
  const persons = await importPersons(deps, context, rows, outcome.tierId);
  const notes = await importNotes(deps, context, rows, outcome.tierId, persons);
  return { organisation: outcome, persons, suspected, notes };
};
