import { blockingKeys, LIKELY_DUPLICATE_SCORE, scoreMatch, type MatchProfile } from '../matching';
import type { OrganisationDraft, PersonDraft } from '../model/tier.schema';
import { draftMatchProfile } from '../use-cases/match-tiers-profile';
import { uniteOrganisationData, unitePersonData } from '../use-cases/merge-tiers-profile';
import type { MappedRow } from './import-row';

/** Items that are the same thing, by blocking keys then score, joined transitively (union-find); in first-seen order. */
const cluster = <T>(items: readonly T[], profileOf: (item: T) => MatchProfile): T[][] => {
  const profiles = items.map((item, i) => ({ ...profileOf(item), id: String(i) }));
  const parent = items.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const byKey = new Map<string, number[]>();
  profiles.forEach((profile, i) => {
    const seen = new Set<number>();
    for (const key of blockingKeys(profile)) {
      for (const j of byKey.get(key) ?? []) {
        if (seen.has(j) || root(i) === root(j)) continue;
        seen.add(j);
        if (scoreMatch(profile, profiles[j]!).score >= LIKELY_DUPLICATE_SCORE) parent[root(i)] = root(j);
      }
      byKey.set(key, [...(byKey.get(key) ?? []), i]);
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), item]));
  return [...groups.values()];
};

/** Rows of one batch that describe the same organisation, each group in file order. */
export const groupRows = (rows: readonly MappedRow[]): MappedRow[][] => cluster(rows, (row) => draftMatchProfile(row.organisation));

/** One organisation draft out of a group's rows: the first row's values, the others' filling gaps and adding names, phones, addresses. */
export const groupOrganisation = (rows: readonly MappedRow[]): OrganisationDraft =>
  rows.slice(1).reduce<OrganisationDraft>((merged, row) => ({ ...merged, ...uniteOrganisationData(merged, row.organisation) }), rows[0]!.organisation);

export type ImportedPerson = { lines: number[]; draft: PersonDraft };

/** The group's contacts, one per person: the same e-mail, or a name that matches within the same organisation. */
export const groupPersons = (rows: readonly MappedRow[]): ImportedPerson[] => {
  const withPerson = rows.filter((r): r is MappedRow & { person: PersonDraft } => r.person !== undefined);
  // Within one organisation, a shared employer is known: the matcher weighs the names with it.
  const employer = { organisationIds: ['same-organisation'] };
  return cluster(withPerson, (row) => ({ ...draftMatchProfile(row.person), ...employer })).map((same) => ({
    lines: same.map((r) => r.line),
    draft: same.slice(1).reduce<PersonDraft>((merged, r) => ({ ...merged, ...unitePersonData(merged, r.person) }), same[0]!.person),
  }));
};
