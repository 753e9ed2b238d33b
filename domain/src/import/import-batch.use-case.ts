import { isDomainError } from '../errors/domain-error';
import type { MatchReason } from '../matching';
import type { Caller } from '../model/caller';
import type { Language } from '../model/common.schema';
import type { FactVersion } from '../model/fact';
import type { Medium } from '../model/interaction.schema';
import type { Organisation, OrganisationDraft, Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import { FEW_WRITE_ATTEMPTS, retryStaleWrite } from '../scoring/stale-write';
import { createRelation } from '../use-cases/create-relation.use-case';
import { createTier, tierIdFor } from '../use-cases/create-tier.use-case';
import { REVIEW_SCORE } from '../use-cases/duplicates-pairs';
import { indexTier } from '../use-cases/index-tier';
import { logInteraction } from '../use-cases/log-interaction.use-case';
import type { ScoredCandidate } from '../use-cases/match-tiers-candidates';
import { draftCandidates, isLikelyDuplicate, type MatchCandidate } from '../use-cases/match-tiers.use-case';
import { currentValue, mergeFactHistories } from '../use-cases/merge-tiers-facts';
import { uniteOrganisationData } from '../use-cases/merge-tiers-profile';
import { groupMentions, groupOrganisation, groupPersons, organisationMentions, type OrganisationMention, type PersonMention } from './group-import-rows';
import { importedCreatedAt, importedFacts, rowDate } from './import-facts';
import type { ImportLayout } from './import-mapping.schema';
import type { MappedRow } from './import-row';

export type ImportRunContext = {
  /** Short hash of the file: the import's identity, so re-running the same file finds what it created. */
  importId: string;
  caller: Caller;
  lang: Language;
  now: string;
  lastContactMedium: Medium;
  layout: ImportLayout;
  /** The exporting CRM, when known (a vendor preset): its name goes into the notes' subject. */
  system?: string;
};

type Match = { tierId: string; score: number; reasons: MatchReason[] };

/**
 * What became of a group of rows: `created` (a new tier), `already-imported` (a previous run of
 * this file created it), `merged` (into a tier this import created from earlier rows), `matched`
 * (a tier of the base, left as it was).
 */
export type TierOutcomeKind = 'created' | 'already-imported' | 'merged' | 'matched';
export type TierOutcome = { lines: number[]; kind: TierOutcomeKind; tierId: string; match?: Match };
export type OrganisationOutcome = TierOutcome & { mentions: { line: number; index: number }[]; externalIds: string[] };
export type PersonOutcome = TierOutcome & { organisationIds: string[] };
export type SuspectedDuplicate = { line: number; tierId: string; candidateId: string; score: number; reasons: MatchReason[] };
export type BatchOutcome = {
  organisations: OrganisationOutcome[];
  persons: PersonOutcome[];
  suspected: SuspectedDuplicate[];
  notes: { line: number; interactionId: string; created: boolean }[];
  /** Employers named by an id no imported company has. */
  unknownEmployers: { line: number; externalId: string }[];
};

/** The ids a batch would create, known before it runs: what a fresh batch can assume absent. */
export const batchIds = (deps: Deps, context: ImportRunContext, rows: readonly MappedRow[]): { tiers: string[]; interactions: string[] } => ({
  tiers: rows.flatMap((row) => [
    ...row.organisations.map((_, index) => tierIdFor(deps, context.caller, organisationKey(context, row.line, index))),
    ...(row.person ? [tierIdFor(deps, context.caller, personKey(context, row.line))] : []),
  ]),
  interactions: rows.map((row) => deps.ids.fromKey('interaction-key', `${context.caller.userId}\n${noteKey(context, row.line)}`)),
});

const organisationKey = (context: ImportRunContext, line: number, index: number) => `import:${context.importId}:org:${line}${index > 0 ? `.${index}` : ''}`;
const personKey = (context: ImportRunContext, line: number) => `import:${context.importId}:person:${line}`;
const noteKey = (context: ImportRunContext, line: number) => `import:${context.importId}:note:${line}`;

const matchOf = (c: ScoredCandidate): Match => ({ tierId: c.tier.id, score: c.score, reasons: c.reasons });

const importedBy = (importId: string, tier: Tier): boolean => !!tier.externalIds?.some((e) => e.system === 'import' && e.id.startsWith(`${importId}:`));

const withMarker = <T extends { externalIds?: { system: string; id: string }[] }>(draft: T, context: ImportRunContext, line: number): T => ({
  ...draft,
  externalIds: [...(draft.externalIds ?? []), { system: 'import', id: `${context.importId}:${line}` }].slice(0, 10),
});

/** Runs `work` over items, `limit` at a time; after a failure no new item starts, and all running ones finish before it is thrown. */
const inParallel = async <T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> => {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const settled = await Promise.allSettled(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (!failed && next < items.length) {
        const i = next++;
        try {
          results[i] = await work(items[i]!);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    }),
  );
  const failure = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  return results;
};

/** Groups worked on at once: their reads of the base overlap, their writes are staged. */
const CONCURRENCY = 16;

const sameFacts = (own: readonly FactVersion[], next: readonly FactVersion[]): boolean =>
  next.every((f) => own.some((o) => JSON.stringify(o) === JSON.stringify(f)));

/** Later rows of a company this import created earlier: their names, phones, addresses and dated facts join it. */
const uniteInto = async (deps: Deps, context: ImportRunContext, tierId: string, draft: OrganisationDraft, rows: readonly MappedRow[]): Promise<void> =>
  retryStaleWrite(async () => {
    const partition = await deps.tiers.partition(tierId);
    if (!partition || partition.tier.value.kind !== 'organisation') return;
    const current: Organisation = partition.tier.value;
    const incoming = context.layout === 'contacts' ? [] : importedFacts(rows, ['lifecycle', 'owner'], factContext(context));
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

const factContext = (context: ImportRunContext) => ({ by: context.caller.userId, source: { kind: 'import' as const, id: context.importId }, fallback: context.now });

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

const importOrganisation = async (
  deps: Deps,
  context: ImportRunContext,
  mentions: readonly OrganisationMention[],
): Promise<{ outcome: OrganisationOutcome; suspected: SuspectedDuplicate[] }> => {
  const first = mentions[0]!;
  const rows = [...new Set(mentions.map((m) => m.row))];
  const base = {
    lines: [...new Set(mentions.map((m) => m.line))],
    mentions: mentions.map((m) => ({ line: m.line, index: m.index })),
    externalIds: [...new Set(rows.flatMap((r) => (r.organisationExternalId ? [r.organisationExternalId] : [])))],
  };
  const key = organisationKey(context, first.line, first.index);
  const draft = groupOrganisation(mentions);
  const id = tierIdFor(deps, context.caller, key);
  if (await deps.tiers.get(id)) return { outcome: { ...base, kind: 'already-imported', tierId: id }, suspected: [] };
  const candidates = await draftCandidates(deps, context.caller, draft);
  const best = candidates[0];
  if (best && isLikelyDuplicate(best)) {
    const ours = importedBy(context.importId, best.tier);
    if (ours) await uniteInto(deps, context, best.tier.id, draft, rows);
    return { outcome: { ...base, kind: ours ? 'merged' : 'matched', tierId: best.tier.id, match: matchOf(best) }, suspected: [] };
  }
  // A contacts file only names its companies: their status and dates are the contacts', not theirs.
  const ownFacts = context.layout !== 'contacts';
  const facts = ownFacts ? importedFacts(rows, ['lifecycle', 'owner'], factContext(context)) : [];
  const createdAt = ownFacts ? importedCreatedAt(rows, context.now) : context.now;
  const created = await createOrMatch(deps, context, withMarker(draft, context, first.line), { idempotencyKey: key, history: { createdAt, facts }, candidates });
  const suspected = candidates
    .filter((c) => c.score >= REVIEW_SCORE)
    .map((c) => ({ line: first.line, tierId: created.tierId, candidateId: c.tier.id, score: c.score, reasons: c.reasons }));
  return { outcome: { ...base, ...created }, suspected: created.kind === 'created' ? suspected : [] };
};

/** The person works for the organisation: an ongoing "works for" relation, written once whatever the runs. */
const ensureWorksFor = async (deps: Deps, context: ImportRunContext, personId: string, organisationId: string): Promise<void> => {
  const partition = await deps.tiers.partition(personId);
  if (partition?.relations.some((e) => e.typeId === 'works-for' && e.toId === organisationId && e.status === 'ongoing')) return;
  await createRelation(deps, context.caller, { typeId: 'works-for', fromId: personId, toId: organisationId, status: 'ongoing' }, {
    idempotencyKey: `works-for\n${personId}\n${organisationId}`,
  });
};

const importPersons = async (deps: Deps, context: ImportRunContext, mentions: readonly PersonMention[]): Promise<PersonOutcome[]> =>
  inParallel(groupPersons(mentions), CONCURRENCY, async (person): Promise<PersonOutcome> => {
    const [line] = person.lines;
    const key = personKey(context, line!);
    const [employer, ...others] = person.organisationIds;
    const input = { ...withMarker(person.draft, context, line!), ...(employer ? { organisationId: employer } : {}) };
    const id = tierIdFor(deps, context.caller, key);
    const link = async (outcome: Omit<PersonOutcome, 'organisationIds'>, linked: readonly string[]): Promise<PersonOutcome> => {
      for (const organisationId of linked) await ensureWorksFor(deps, context, outcome.tierId, organisationId);
      return { ...outcome, organisationIds: person.organisationIds };
    };
    if (await deps.tiers.get(id)) return link({ lines: person.lines, kind: 'already-imported', tierId: id }, person.organisationIds);
    const candidates = await draftCandidates(deps, context.caller, input);
    const best = candidates[0];
    if (best && isLikelyDuplicate(best)) {
      const kind = importedBy(context.importId, best.tier) ? 'merged' : 'matched';
      return link({ lines: person.lines, kind, tierId: best.tier.id, match: matchOf(best) }, person.organisationIds);
    }
    const names = context.layout === 'contacts' ? (['lifecycle', 'owner'] as const) : (['owner'] as const);
    const facts = importedFacts(person.rows, names, factContext(context));
    const history = { createdAt: importedCreatedAt(person.rows, context.now), facts };
    const created = await createOrMatch(deps, context, input, { idempotencyKey: key, history, candidates });
    // The door that created the person linked the first employer; a refusal or an earlier run did not.
    return link({ lines: person.lines, ...created }, created.kind === 'created' ? others : person.organisationIds);
  });

const SYSTEM_NAMES: Record<string, string> = { hubspot: 'HubSpot', salesforce: 'Salesforce', pipedrive: 'Pipedrive' };
const noteSubject = (context: ImportRunContext): string => {
  const from = context.system ? SYSTEM_NAMES[context.system] ?? context.system : undefined;
  if (context.lang === 'fr') return from ? `Dernier contact (repris de ${from})` : 'Dernier contact (repris de l’ancien CRM)';
  return from ? `Last contact (imported from ${from})` : 'Last contact (imported from the previous CRM)';
};

/** Each row's last contact goes on the timeline of its company and its contact, with its comment when the guard let it through. */
const importNotes = async (deps: Deps, context: ImportRunContext, rows: readonly MappedRow[], tierOf: (line: number) => { organisationId?: string; personId?: string }) =>
  inParallel(
    rows.filter((row) => row.lastContact || row.comment),
    CONCURRENCY,
    async (row) => {
      const { organisationId, personId } = tierOf(row.line);
      const participants = [...(organisationId ? [{ tierId: organisationId }] : []), ...(personId && personId !== organisationId ? [{ tierId: personId }] : [])];
      if (participants.length === 0) return undefined;
      const result = await logInteraction(
        deps,
        context.caller,
        {
          direction: 'outbound',
          medium: context.lastContactMedium,
          occurredAt: rowDate(row, context.now),
          subject: noteSubject(context),
          ...(row.comment ? { summary: row.comment } : {}),
          participants,
        },
        { idempotencyKey: noteKey(context, row.line) },
      );
      return { line: row.line, interactionId: result.value.id, created: result.created };
    },
  );

/**
 * Imports a batch of rows: the companies they describe or name (within the batch and against the
 * base, by the matcher), then the contacts, one person per person whatever the number of companies
 * she appears at, linked to each; statuses and owners as dated facts; last contacts on the timeline.
 * Companies are worked on in parallel, persons only once every company of the batch is known, so
 * no two companies race to create the same person. Every write is keyed by the file and the line, so
 * a re-run after a crash creates nothing twice.
 */
export const importBatch = async (
  deps: Deps,
  context: ImportRunContext,
  rows: readonly MappedRow[],
  employersOf: (externalIds: readonly string[]) => Promise<Map<string, string>>,
): Promise<BatchOutcome> => {
  const known = await employersOf([...new Set(rows.flatMap((r) => r.employerExternalIds))]);
  const unknownEmployers = rows.flatMap((row) => row.employerExternalIds.filter((id) => !known.has(id)).map((externalId) => ({ line: row.line, externalId })));
  // A contact's companies found by their ids need no matching by name: a name alone could find another.
  const named = rows.map((row) => (row.employerExternalIds.some((id) => known.has(id)) ? { ...row, organisations: [] } : row));
  const imported = await inParallel(groupMentions(organisationMentions(named)), CONCURRENCY, (group) => importOrganisation(deps, context, group));
  const tierOfMention = new Map(imported.flatMap(({ outcome }) => outcome.mentions.map((m) => [`${m.line}.${m.index}`, outcome.tierId] as const)));
  const organisationsOf = (row: MappedRow): string[] => [
    ...new Set([
      ...row.organisations.flatMap((_, index) => tierOfMention.get(`${row.line}.${index}`) ?? []),
      ...row.employerExternalIds.flatMap((id) => (known.has(id) ? [known.get(id)!] : [])),
    ]),
  ];
  const personMentions = rows
    .filter((row): row is MappedRow & { person: NonNullable<MappedRow['person']> } => row.person !== undefined)
    .map((row) => ({ row, organisationIds: organisationsOf(row) }));
  const persons = await importPersons(deps, context, personMentions);
  const personOfLine = new Map(persons.flatMap((p) => p.lines.map((line) => [line, p.tierId] as const)));
  const rowOfLine = new Map(rows.map((r) => [r.line, r]));
  const notes = await importNotes(deps, context, rows, (line) => ({ organisationId: organisationsOf(rowOfLine.get(line)!)[0], personId: personOfLine.get(line) }));
  return {
    organisations: imported.map((i) => i.outcome),
    persons,
    suspected: imported.flatMap((i) => i.suspected),
    notes: notes.filter((n): n is NonNullable<typeof n> => n !== undefined),
    unknownEmployers,
  };
};

