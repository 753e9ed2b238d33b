import type { ImportField, ImportLayout, ImportMapping } from './import-mapping.schema';

/** Headers and labels compare without case, accents, punctuation spacing or repeated blanks. */
export const foldLabel = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_]+/g, ' ').trim();

export type ColumnPlan = { fields: (ImportField | undefined)[]; unmapped: string[]; missing: ImportField[] };

/** What a row cannot do without: a company's name, or in a contacts file the person's name. */
const REQUIRED: Record<ImportLayout, ImportField[][]> = {
  mixed: [['organisation.legalName']],
  companies: [['organisation.legalName']],
  contacts: [['person.lastName', 'person.fullName']],
};

/** Which field each column of the header feeds; the columns the mapping does not name are reported. */
export const planColumns = (headers: readonly string[], mapping: ImportMapping): ColumnPlan => {
  const byLabel = new Map(Object.entries(mapping.columns).map(([label, field]) => [foldLabel(label), field]));
  const fields = headers.map((h) => byLabel.get(foldLabel(h)));
  return {
    fields,
    unmapped: headers.filter((h, i) => h.trim() !== '' && fields[i] === undefined),
    missing: REQUIRED[mapping.layout ?? 'mixed'].filter((any) => !any.some((f) => fields.includes(f))).map((any) => any[0]!),
  };
};

/** Every non-empty value of a field on a row, in column order (several columns may feed one field). */
export const cellsOf = (plan: ColumnPlan, cells: readonly string[], field: ImportField): string[] => {
  const values: string[] = [];
  for (let i = 0; i < plan.fields.length; i += 1) {
    const value = plan.fields[i] === field ? cells[i]?.trim() : undefined;
    if (value) values.push(value);
  }
  return values;
};

/** The first non-empty value of a field on a row. */
export const cellOf = (plan: ColumnPlan, cells: readonly string[], field: ImportField): string | undefined => cellsOf(plan, cells, field)[0];

const patterns = new WeakMap<ImportMapping, RegExp[]>();

/** Where a report's footer starts (no data from there on): a line of a single value that one of the mapping's `footer` patterns matches. */
export const isFooterStart = (cells: readonly string[], mapping: ImportMapping): boolean => {
  if (!mapping.footer?.length) return false;
  const values = cells.map((c) => c.trim()).filter(Boolean);
  if (values.length !== 1) return false;
  let compiled = patterns.get(mapping);
  if (!compiled) patterns.set(mapping, (compiled = mapping.footer.map((p) => new RegExp(p, 'iu'))));
  return compiled.some((pattern) => pattern.test(values[0]!));
};
