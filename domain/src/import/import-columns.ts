import type { ImportField, ImportMapping } from './import-mapping.schema';

/** Headers and labels compare without case, accents, punctuation spacing or repeated blanks. */
export const foldLabel = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_]+/g, ' ').trim();

export type ColumnPlan = { fields: (ImportField | undefined)[]; unmapped: string[]; missing: ImportField[] };

const REQUIRED: ImportField[] = ['organisation.legalName'];

/** Which field each column of the header feeds; the columns the mapping does not name are reported. */
export const planColumns = (headers: readonly string[], mapping: ImportMapping): ColumnPlan => {
  const byLabel = new Map(Object.entries(mapping.columns).map(([label, field]) => [foldLabel(label), field]));
  const fields = headers.map((h) => byLabel.get(foldLabel(h)));
  return {
    fields,
    unmapped: headers.filter((h, i) => h.trim() !== '' && fields[i] === undefined),
    missing: REQUIRED.filter((f) => !fields.includes(f)),
  };
};

/** The first non-empty value of a field on a row (several columns may feed one field). */
export const cellOf = (plan: ColumnPlan, cells: readonly string[], field: ImportField): string | undefined => {
  for (let i = 0; i < plan.fields.length; i += 1) {
    const value = plan.fields[i] === field ? cells[i]?.trim() : undefined;
    if (value) return value;
  }
  return undefined;
};
