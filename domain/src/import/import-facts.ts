import { changeFact, type FactVersion } from '../model/fact';
import type { MappedRow } from './import-row';
import { dateInstant } from './import-date';

/** When a row's facts held: its last contact, else its creation, else the day of the import. */
export const rowDate = (row: MappedRow, fallback: string): string =>
  row.lastContact ? dateInstant(row.lastContact) : row.createdAt ? dateInstant(row.createdAt) : fallback;

/**
 * The dated history of the group's status and owner: each row tells the value on its date; a
 * change opens a version and closes the previous one, a repeat confirms it. Earliest rows first.
 */
export const importedFacts = (
  rows: readonly MappedRow[],
  names: readonly ('lifecycle' | 'owner')[],
  context: { by: string; source: FactVersion['source']; fallback: string },
): FactVersion[] => {
  const dated = [...rows].sort((a, b) => rowDate(a, context.fallback).localeCompare(rowDate(b, context.fallback)));
  return names.flatMap((name) => {
    const history: FactVersion[] = [];
    for (const row of dated) {
      const value = row[name];
      if (!value) continue;
      const at = rowDate(row, context.fallback);
      const current = history.find((f) => f.validTo === null);
      // Two values on one day: the later row wins that day (a version is keyed by its start).
      if (current && current.validFrom === at && current.value !== value) {
        history.splice(history.indexOf(current), 1, { ...current, value });
        continue;
      }
      const change = changeFact(current, { name, value, at, by: context.by, source: context.source });
      if (change.close) history.splice(history.indexOf(current!), 1, change.close);
      if (change.open) history.push(change.open);
    }
    return history;
  });
};

/** The date the old system created the group's first record, as an instant. */
export const importedCreatedAt = (rows: readonly MappedRow[], fallback: string): string => {
  const dates = rows.flatMap((r) => (r.createdAt ? [r.createdAt] : [])).sort();
  return dates[0] ? dateInstant(dates[0]) : fallback;
};
