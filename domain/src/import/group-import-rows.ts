import { blockingKeys, LIKELY_DUPLICATE_SCORE, scoreMatch, type MatchProfile } from '../matching';
import type { OrganisationDraft, PersonDraft } from '../model/tier.schema';
import { draftMatchProfile } from '../use-cases/match-tiers-profile';
import { uniteOrganisationData, unitePersonData } from '../use-cases/merge-tiers-profile';
import type { MappedRow } from './import-row';

/** Items one item is compared with under one key: a key shared by more says little about any (as BLOCK_KEY_CAP in the base). */
const KEY_COMPARISONS = 100;

/** Items that are the same thing, by blocking keys then score, joined transitively (union-find); in first-seen order. */
const cluster = <T>(items: readonly T[], profileOf: (item: T) => MatchProfile): T[][] => {
  const profiles = items.map((item, i) => ({ ...profileOf(item), id: String(i) }));
  const parent = items.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const byKey = new Map<string, number[]>();
  profiles.forEach((profile, i) => {
    const seen = new Set<number>();
    for (const key of blockingKeys(profile)) {
      const under = byKey.get(key) ?? [];
      for (const j of under) {
        if (seen.has(j) || root(i) === root(j)) continue;
        seen.add(j);
        if (scoreMatch(profile, profiles[j]!).score >= LIKELY_DUPLICATE_SCORE) parent[root(i)] = root(j);
      }
      if (under.length < KEY_COMPARISONS) byKey.set(key, [...under, i]);
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), item]));
  return [...groups.values()];
};

/** A company as one row names it: a mixed file's row describes one, a contacts row may name several employers. */
export type OrganisationMention = { line: number; index: number; draft: OrganisationDraft; row: MappedRow };

export const organisationMentions = (rows: readonly MappedRow[]): OrganisationMention[] =>
  rows.flatMap((row) => row.organisations.map((draft, index) => ({ line: row.line, index, draft, row })));

/** Mentions of one batch that are the same organisation, each group in file order. */
export const groupMentions = (mentions: readonly OrganisationMention[]): OrganisationMention[][] => cluster(mentions, (m) => draftMatchProfile(m.draft));

/** One organisation draft out of a group: the first mention's values, the others' filling gaps and adding names, phones, addresses. */
export const groupOrganisation = (mentions: readonly OrganisationMention[]): OrganisationDraft =>
  mentions.slice(1).reduce<OrganisationDraft>((merged, m) => ({ ...merged, ...uniteOrganisationData(merged, m.draft) }), mentions[0]!.draft);

/** A row's contact with the organisations the row ties them to (tier ids, first the row's own company). */
export type PersonMention = { row: MappedRow & { person: PersonDraft }; organisationIds: string[] };
export type ImportedPerson = { lines: number[]; draft: PersonDraft; organisationIds: string[]; rows: MappedRow[] };

/**
 * The batch's contacts, one per person, whatever company each row is about: the same e-mail, or a
 * name that matches with the same employer. A person at two companies is one person, at both.
 */
export const groupPersons = (mentions: readonly PersonMention[]): ImportedPerson[] =>
  cluster(mentions, (m) => ({ ...draftMatchProfile(m.row.person), organisationIds: m.organisationIds })).map((same) => ({
    lines: same.map((m) => m.row.line),
    draft: same.slice(1).reduce<PersonDraft>((merged, m) => ({ ...merged, ...unitePersonData(merged, m.row.person) }), same[0]!.row.person),
    organisationIds: [...new Set(same.flatMap((m) => m.organisationIds))],
    rows: same.map((m) => m.row),
  }));
