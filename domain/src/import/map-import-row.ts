import type { z } from 'zod';
import { checkFreeText, type FreeTextFinding } from '../free-text';
import { emailDomain, isWebmailDomain } from '../matching';
import { Lifecycle } from '../model/lifecycle';
import { Civility, OrganisationDraft, PersonDraft } from '../model/tier.schema';
import { cellOf, foldLabel, type ColumnPlan } from './import-columns';
import type { ImportField, ImportMapping } from './import-mapping.schema';
import type { ImportProblem, RowProblem, RowResult, SourceRow } from './import-row';
import { parseLegacyDate } from './legacy-date';

const problemOfPath: Record<string, ImportProblem> = {
  names: 'name', siren: 'siren', siret: 'siret', addresses: 'address', phones: 'phone', website: 'website', emailDomains: 'email',
  emails: 'email', firstName: 'person', lastName: 'person', jobTitle: 'person',
};

const schemaProblems = (result: z.ZodSafeParseResult<unknown>, input: Record<string, unknown>): RowProblem[] =>
  result.success
    ? []
    : result.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? '');
        const value = issue.path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey], input);
        return { problem: problemOfPath[field] ?? 'person', field: issue.path.join('.'), message: issue.message, ...(typeof value === 'string' ? { value } : {}) };
      });

const labelMaps = new WeakMap<ImportMapping, Map<string, Lifecycle>>();
const lifecycleLabels = (mapping: ImportMapping): Map<string, Lifecycle> => {
  let labels = labelMaps.get(mapping);
  if (!labels) labelMaps.set(mapping, (labels = new Map(Object.entries(mapping.lifecycle ?? {}).map(([label, value]) => [foldLabel(label), value]))));
  return labels;
};

/** Exports repeat the same few comments: each distinct one is checked once (the memo stays small). */
const verdicts = new Map<string, FreeTextFinding[]>();
const guard = (comment: string): FreeTextFinding[] => {
  const known = verdicts.get(comment);
  if (known) return known;
  const findings = checkFreeText(comment);
  if (verdicts.size >= 1000) verdicts.clear();
  verdicts.set(comment, findings);
  return findings;
};

const present = <T>(entries: [string, T | undefined][]): Record<string, T> =>
  Object.fromEntries(entries.filter((e): e is [string, T] => e[1] !== undefined && e[1] !== ''));

/**
 * Validates and maps one row: the organisation (legal name required; SIREN/SIRET check digits,
 * phones, website, e-mail, postcode checked by the same schemas as the API), its contact person,
 * its status, owner and dates (dd/mm/yyyy, real calendar dates), and its comment through the
 * free-text guard. Any invalid value rejects the row, naming every problem.
 */
export const mapImportRow = (source: SourceRow, plan: ColumnPlan, mapping: ImportMapping): RowResult => {
  const cell = (field: ImportField) => cellOf(plan, source.cells, field);
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];

  const legal = cell('organisation.legalName');
  if (!legal) problems.push({ problem: 'name', field: 'organisation.legalName', message: 'The legal name (raison sociale) is empty.' });
  const names = present<string>([
    ['legal', legal],
    ['commercial', cell('organisation.commercialName')],
    ['sign', cell('organisation.sign')],
    ['acronym', cell('organisation.acronym')],
  ]);
  const email = cell('person.email')?.toLowerCase();
  const personDomain = email ? emailDomain(email) : undefined;
  const domains = [...new Set([cell('organisation.emailDomain')?.toLowerCase(), personDomain && !isWebmailDomain(personDomain) ? personDomain : undefined])];
  const address = present<unknown>([['lines', cell('organisation.addressLine') ? [cell('organisation.addressLine')] : undefined], ['postcode', cell('organisation.postcode')], ['city', cell('organisation.city')]]);
  const organisationInput = {
    kind: 'organisation',
    names: Object.entries(names).map(([type, value]) => ({ type, value })),
    ...present<string>([['siren', cell('organisation.siren')], ['siret', cell('organisation.siret')], ['website', cell('organisation.website')]]),
    ...(Object.keys(address).length > 0 ? { addresses: [{ kind: 'postal', ...address, country: 'FR' }] } : {}),
    ...(cell('organisation.phone') ? { phones: [{ type: 'switchboard', number: cell('organisation.phone') }] } : {}),
    ...(domains.some(Boolean) ? { emailDomains: domains.filter(Boolean) } : {}),
  };
  const organisation = OrganisationDraft.safeParse(organisationInput);
  if (legal) problems.push(...schemaProblems(organisation, organisationInput));

  const first = cell('person.firstName');
  const last = cell('person.lastName');
  const civility = cell('person.civility');
  const parsedCivility = civility ? Civility.safeParse(civility) : undefined;
  if (parsedCivility && !parsedCivility.success) warnings.push({ problem: 'person', field: 'person.civility', message: 'Unknown civility; left out.', value: civility });
  const phones = [
    ...(cell('person.phone') ? [{ type: 'direct', number: cell('person.phone') }] : []),
    ...(cell('person.mobile') ? [{ type: 'mobile', number: cell('person.mobile') }] : []),
  ];
  const personInput = {
    kind: 'person',
    ...present<unknown>([['civility', parsedCivility?.success ? parsedCivility.data : undefined], ['firstName', first], ['lastName', last], ['jobTitle', cell('person.jobTitle')]]),
    ...(email ? { emails: [email] } : {}),
    ...(phones.length > 0 ? { phones } : {}),
  };
  const hasPerson = !!(first || last || email || phones.length > 0);
  const person = hasPerson ? PersonDraft.safeParse(personInput) : undefined;
  if (person && !person.success) {
    const own = schemaProblems(person, personInput);
    const named = own.filter((p) => p.problem !== 'person');
    problems.push(...named);
    if (named.length === 0) warnings.push({ problem: 'person', field: 'person', message: 'The contact needs a first and a last name; no person was created.' });
  }

  const dates = Object.fromEntries(
    (['createdAt', 'lastContact'] as const).map((field) => {
      const text = cell(field);
      const date = text ? parseLegacyDate(text) : undefined;
      if (text && !date) problems.push({ problem: 'date', field, message: 'Expected a real date like 25/03/2024 (dd/mm/yyyy).', value: text });
      return [field, date];
    }),
  ) as { createdAt?: string; lastContact?: string };

  const status = cell('lifecycle');
  const lifecycle = status ? (lifecycleLabels(mapping).get(foldLabel(status)) ?? Lifecycle.safeParse(status.toLowerCase()).data) : undefined;
  if (status && !lifecycle)
    problems.push({ problem: 'lifecycle', field: 'lifecycle', message: 'Unknown status; name it in the mapping file\'s "lifecycle".', value: status });
  const ownerLabel = cell('owner');
  const owner = ownerLabel ? (mapping.owners?.[ownerLabel] ?? ownerLabel) : undefined;

  if (problems.length > 0 || !organisation.success) return { ok: false, line: source.line, problems };
  const comment = cell('comment');
  const findings = comment ? guard(comment) : [];
  if (findings.length > 0)
    warnings.push({ problem: 'comment', field: 'comment', message: 'The comment breaks the rules for notes (GDPR or insult); not imported.', value: comment });
  return {
    ok: true,
    row: {
      line: source.line,
      organisation: organisation.data,
      ...(person?.success ? { person: person.data } : {}),
      ...(lifecycle ? { lifecycle } : {}),
      ...(owner ? { owner } : {}),
      ...dates,
      ...(comment && findings.length === 0 ? { comment } : {}),
      ...(findings.length > 0 ? { flagged: { findings } } : {}),
      warnings,
    },
  };
};
