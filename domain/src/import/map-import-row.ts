import type { z } from 'zod';
import { checkFreeText, type FreeTextFinding } from '../free-text';
import { emailDomain, isWebmailDomain } from '../matching';
import { Lifecycle } from '../model/lifecycle';
import { isValidSiret } from '../model/siren';
import { Civility, isGenderNeutralTitle, OrganisationDraft, PersonDraft } from '../model/tier.schema';
import { countryCode } from './country-codes';
import { cellsOf, foldLabel, type ColumnPlan } from './import-columns';
import { parseImportDate } from './import-date';
import type { ImportField, ImportMapping } from './import-mapping.schema';
import type { ImportProblem, ImportProblemCode, RowProblem } from './import-problem';
import type { RowResult, SourceRow } from './import-row';
import { cityAndCedex, readOneLineAddress, streetLines, type AddressParts } from './one-line-address';

const problemOfPath: Record<string, [ImportProblem, ImportProblemCode]> = {
  names: ['name', 'NAME_INVALID'], siren: ['siren', 'SIREN_INVALID'], siret: ['siret', 'SIRET_INVALID'], addresses: ['address', 'ADDRESS_INVALID'],
  phones: ['phone', 'PHONE_INVALID'], website: ['website', 'WEBSITE_INVALID'], emailDomains: ['email', 'EMAIL_DOMAIN_INVALID'],
  emails: ['email', 'EMAIL_INVALID'],
};

const schemaProblems = (result: z.ZodSafeParseResult<unknown>, input: Record<string, unknown>, prefix: string): RowProblem[] =>
  result.success
    ? []
    : result.error.issues.map((issue) => {
        const path = String(issue.path[0] ?? '');
        const value = issue.path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey], input);
        const [problem, code] = problemOfPath[path] ?? ['person', 'PERSON_INVALID'];
        // A SIRET valid on its own but refused: it belongs to another SIREN than the one given.
        const mismatch = path === 'siret' && typeof value === 'string' && isValidSiret(value.replace(/[\s.\u00a0-]/g, ''));
        return {
          problem, code: mismatch ? 'SIRET_NOT_OF_SIREN' : code, field: `${prefix}${issue.path.join('.')}`,
          ...(typeof value === 'string' ? { value } : {}),
        };
      });

const labelMaps = new WeakMap<ImportMapping, Map<string, Lifecycle | null>>();
const lifecycleLabels = (mapping: ImportMapping): Map<string, Lifecycle | null> => {
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

/** "Jeanne Martin" → Jeanne / Martin; French style "MARTIN Jeanne" → the capitals are the last name. */
const splitFullName = (full: string): { firstName?: string; lastName?: string } => {
  const words = full.trim().split(/\s+/);
  if (words.length < 2) return { lastName: words[0] };
  const capitals = words.filter((w) => w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w));
  if (capitals.length > 0 && capitals.length < words.length && words.indexOf(capitals[0]!) === 0)
    return { lastName: capitals.join(' '), firstName: words.slice(capitals.length).join(' ') };
  return { firstName: words[0], lastName: words.slice(1).join(' ') };
};

type Cells = { all: (field: ImportField) => string[]; one: (field: ImportField) => string | undefined };

/**
 * The company's address from its columns: a one-line address read by the French postal rules,
 * street lines (a multi-line "Billing Street" included), postcode, city with its CEDEX, country.
 * Columns win over what the one-line reading found; street lines without postcode or city are read
 * as a one-line address too; what cannot be read is kept as written, with a warning.
 */
const addressOf = (cell: Cells, warnings: RowProblem[]): AddressParts | undefined => {
  const countryText = cell.one('organisation.country');
  const country = countryText ? countryCode(countryText) : undefined;
  if (countryText && !country) warnings.push({ problem: 'address', code: 'COUNTRY_UNKNOWN', field: 'organisation.country', value: countryText });
  const oneLine = cell.one('organisation.address');
  const reading = oneLine ? readOneLineAddress(oneLine, country) : undefined;
  const written = [...cell.all('organisation.addressLine'), ...cell.all('organisation.addressLine2')].flatMap((l) => l.split(/\r?\n/)).map((l) => l.trim()).filter(Boolean);
  const postcode = cell.one('organisation.postcode');
  const cityText = cell.one('organisation.city');
  if (reading && !reading.parsed && !written.length && !postcode && !cityText) {
    warnings.push({ problem: 'address', code: 'ADDRESS_UNPARSED', field: 'organisation.address', value: oneLine });
    return reading.address;
  }
  let parts: AddressParts = reading?.parsed ? reading.address : {};
  if (written.length > 0) {
    const street = streetLines(written);
    parts = { ...parts, lines: street?.lines ?? written.map((l) => l.slice(0, 120)).slice(0, 4), ...(street?.poBox ? { poBox: street.poBox } : {}) };
  }
  if (postcode) parts = { ...parts, postcode };
  if (cityText) parts = { ...parts, ...cityAndCedex(cityText) };
  if (country) parts = { ...parts, country };
  if (!parts.postcode && !parts.city && written.length > 0) {
    const whole = readOneLineAddress(written.join(', '), country);
    if (whole.parsed) return { ...whole.address, ...(country ? { country } : {}) };
    warnings.push({ problem: 'address', code: 'ADDRESS_UNPARSED', field: 'organisation.addressLine', value: written.join(', ') });
  }
  return Object.keys(parts).length > 0 ? parts : undefined;
};

/**
 * Validates and maps one row: the organisation (legal name required but in a contacts file;
 * SIREN/SIRET checks, phones, website, e-mail, address by the same schemas as the API), its contact
 * person, its status, owner and dates (real calendar dates, a time allowed), and its comment
 * through the free-text guard. Any invalid value rejects the row, naming every problem; what can be
 * left out (an unknown civility, a personal e-mail domain, an unreadable address) is, with a warning.
 */
export const mapImportRow = (source: SourceRow, plan: ColumnPlan, mapping: ImportMapping): RowResult => {
  const layout = mapping.layout ?? 'mixed';
  const all = (field: ImportField) => cellsOf(plan, source.cells, field);
  const one = (field: ImportField) => all(field)[0];
  const list = (field: ImportField) =>
    all(field)
      .flatMap((v) => (mapping.listSeparator ? v.split(mapping.listSeparator) : [v]))
      .map((v) => v.trim())
      .filter(Boolean);
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];

  const emails = [...new Set(all('person.email').map((e) => e.toLowerCase()))];
  const personDomain = emails[0] ? emailDomain(emails[0]) : undefined;
  const companyDomain = personDomain && !isWebmailDomain(personDomain) ? personDomain : undefined;

  const legalNames = layout === 'contacts' ? list('organisation.legalName') : [one('organisation.legalName')].filter((n): n is string => !!n);
  if (layout !== 'contacts' && legalNames.length === 0) problems.push({ problem: 'name', code: 'NAME_MISSING', field: 'organisation.legalName' });
  const organisations: OrganisationDraft[] = [];
  if (layout === 'contacts') {
    // A contacts file names the employers only, by name: the contact's own domain may be a consultant's or a group's.
    legalNames.forEach((legal) => {
      const input = { kind: 'organisation', names: [{ type: 'legal', value: legal }] };
      const parsed = OrganisationDraft.safeParse(input);
      if (parsed.success) organisations.push(parsed.data);
      else problems.push(...schemaProblems(parsed, input, 'organisation.'));
    });
  } else if (legalNames[0]) {
    const names = present<string>([
      ['legal', legalNames[0]],
      ['commercial', one('organisation.commercialName')],
      ['sign', one('organisation.sign')],
      ['acronym', one('organisation.acronym')],
    ]);
    const given = one('organisation.emailDomain')?.toLowerCase().replace(/^@/, '');
    if (given && isWebmailDomain(given)) warnings.push({ problem: 'email', code: 'PERSONAL_EMAIL_DOMAIN', field: 'organisation.emailDomain', value: given });
    const domains = [...new Set([given && !isWebmailDomain(given) ? given : undefined, companyDomain].filter((d): d is string => !!d))];
    const address = addressOf({ all, one }, warnings);
    const phone = one('organisation.phone');
    const externalId = one('organisation.externalId');
    const input = {
      kind: 'organisation',
      names: Object.entries(names).map(([type, value]) => ({ type, value })),
      ...present<string>([['siren', one('organisation.siren')], ['siret', one('organisation.siret')], ['website', one('organisation.website')]]),
      ...(address ? { addresses: [{ kind: 'postal', ...address }] } : {}),
      ...(phone ? { phones: [{ type: 'switchboard', number: phone }] } : {}),
      ...(domains.length > 0 ? { emailDomains: domains } : {}),
      ...(externalId && mapping.system ? { externalIds: [{ system: mapping.system, id: externalId }] } : {}),
    };
    const parsed = OrganisationDraft.safeParse(input);
    if (parsed.success) organisations.push(parsed.data);
    else problems.push(...schemaProblems(parsed, input, ''));
  }

  const full = one('person.fullName');
  const split = full && !(one('person.firstName') && one('person.lastName')) ? splitFullName(full) : {};
  const first = one('person.firstName') ?? split.firstName;
  const last = one('person.lastName') ?? split.lastName;
  const civility = one('person.civility');
  const parsedCivility = civility && !isGenderNeutralTitle(civility) ? Civility.safeParse(civility) : undefined;
  if (parsedCivility && !parsedCivility.success) warnings.push({ problem: 'person', code: 'CIVILITY_UNKNOWN', field: 'person.civility', value: civility });
  const phones = [
    ...all('person.phone').map((number) => ({ type: 'direct', number })),
    ...all('person.mobile').map((number) => ({ type: 'mobile', number })),
  ].slice(0, 10);
  const personInput = {
    kind: 'person',
    ...present<unknown>([['civility', parsedCivility?.success ? parsedCivility.data : undefined], ['firstName', first], ['lastName', last], ['jobTitle', one('person.jobTitle')]]),
    ...(emails.length > 0 ? { emails: emails.slice(0, 10) } : {}),
    ...(phones.length > 0 ? { phones } : {}),
    ...(one('person.externalId') && mapping.system ? { externalIds: [{ system: mapping.system, id: one('person.externalId')! }] } : {}),
  };
  const hasPerson = !!(first || last || emails.length > 0 || phones.length > 0);
  const person = hasPerson ? PersonDraft.safeParse(personInput) : undefined;
  if (person && !person.success) {
    const own = schemaProblems(person, personInput, 'person.');
    const named = own.filter((p) => p.problem !== 'person');
    problems.push(...named);
    // In a mixed file the row is the company's: a contact that cannot be kept is left out, with a warning.
    const left = { problem: 'person' as const, code: !first || !last ? ('PERSON_NAME_MISSING' as const) : ('PERSON_INVALID' as const), field: 'person' };
    if (named.length === 0) (layout === 'contacts' ? problems : warnings).push(left);
  }
  if (layout === 'contacts' && !hasPerson) problems.push({ problem: 'person', code: 'CONTACT_MISSING', field: 'person' });

  const dates = Object.fromEntries(
    (['createdAt', 'lastContact'] as const).map((field) => {
      const text = one(field);
      const date = text ? parseImportDate(text) : undefined;
      if (text && !date) problems.push({ problem: 'date', code: 'DATE_INVALID', field, value: text });
      return [field, date];
    }),
  ) as { createdAt?: string; lastContact?: string };

  const status = one('lifecycle');
  const labels = lifecycleLabels(mapping);
  let lifecycle: Lifecycle | undefined;
  if (status && labels.has(foldLabel(status))) lifecycle = labels.get(foldLabel(status)) ?? undefined;
  else if (status) {
    lifecycle = Lifecycle.safeParse(status.toLowerCase()).data;
    if (!lifecycle) problems.push({ problem: 'lifecycle', code: 'LIFECYCLE_UNKNOWN', field: 'lifecycle', value: status });
  }
  const ownerLabel = one('owner');
  const owner = ownerLabel ? (mapping.owners?.[ownerLabel] ?? ownerLabel) : undefined;

  if (problems.length > 0) return { ok: false, line: source.line, problems };
  const comment = one('comment');
  const findings = comment ? guard(comment) : [];
  if (findings.length > 0) warnings.push({ problem: 'comment', code: 'COMMENT_REFUSED', field: 'comment', value: comment });
  const externalId = one('organisation.externalId');
  return {
    ok: true,
    row: {
      line: source.line,
      organisations,
      ...(externalId ? { organisationExternalId: externalId } : {}),
      employerExternalIds: [...new Set(list('person.organisationExternalId'))],
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
