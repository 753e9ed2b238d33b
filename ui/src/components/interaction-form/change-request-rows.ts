import type { TierSummary } from '@relais/domain';

export type ChangeKind = 'new-address' | 'left-company' | 'new-phone';
export type PhoneKind = 'mobile' | 'direct' | 'switchboard' | 'other';

/** A referential change being typed in the pane. */
export type ChangeRow = {
  key: string;
  tierId: string;
  kind: ChangeKind | '';
  line: string;
  postcode: string;
  city: string;
  phone: string;
  phoneType: PhoneKind;
  reason: string;
};

/** A person's ongoing employment (a `works-for` relation) and the e-mail domains of the employer. */
export type Employment = { relationId: string; organisationId: string; organisationName: string; emailDomains: string[] };

/** What the tier holds today, so the request carries `from` and a steward sees before and after. */
export type CurrentValues = { addresses?: unknown[]; phones?: unknown[]; emails?: string[]; employments?: Employment[] };

export type ChangeRequestBody = {
  tierId: string;
  changes: { path: string; op?: 'add' | 'remove'; id?: string; from?: unknown; to?: unknown }[];
  reason?: string;
};

let counter = 0;
export const newChangeRow = (tierId = ''): ChangeRow => ({
  key: `c${(counter += 1)}`,
  tierId,
  kind: '',
  line: '',
  postcode: '',
  city: '',
  phone: '',
  phoneType: 'mobile',
  reason: '',
});

/** Persons have no addresses of their own; organisations do not leave companies. */
export const kindsFor = (tier: TierSummary | undefined): ChangeKind[] =>
  tier === undefined
    ? []
    : tier.kind === 'organisation'
      ? ['new-address', 'new-phone']
      : ['left-company', 'new-phone'];

const PHONE = /^\+?[0-9 ().-]{6,30}$/;

export type ChangeRowProblem = 'tier' | 'kind' | 'address' | 'phone' | 'employer';

export const checkChangeRow = (
  row: ChangeRow,
  tier: TierSummary | undefined,
): ChangeRowProblem | undefined => {
  if (!tier) return 'tier';
  if (row.kind === '' || !kindsFor(tier).includes(row.kind)) return 'kind';
  if (row.kind === 'new-address' && row.postcode.trim() === '' && row.city.trim() === '') return 'address';
  if (row.kind === 'new-phone' && !PHONE.test(row.phone.trim())) return 'phone';
  return undefined;
};

const present = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * The API's change request for a row, element by element: "new address" and "new phone" add that
 * one (the other addresses and phones stay as they are), "left the company" ends the person's
 * employment (the relation gets its end date: the person stays, with their history) and removes
 * each of their e-mails at the employer's domains. Undefined when someone "left" but Relais knows
 * no current employer.
 */
export const toChangeRequest = (
  row: ChangeRow,
  current: CurrentValues,
  defaultReason: string,
  today = new Date().toISOString().slice(0, 10),
): ChangeRequestBody | undefined => {
  const reason = present(row.reason) ?? (row.kind === 'left-company' ? defaultReason : undefined);
  const withReason = (changes: ChangeRequestBody['changes']): ChangeRequestBody => ({
    tierId: row.tierId,
    changes,
    ...(reason && { reason }),
  });
  if (row.kind === 'new-address') {
    const line = present(row.line);
    const postcode = present(row.postcode);
    const city = present(row.city);
    const address = {
      kind: 'postal',
      ...(line && { lines: [line] }),
      ...(postcode && { postcode }),
      ...(city && { city }),
      country: 'FR',
    };
    return withReason([{ path: 'addresses', op: 'add', to: address }]);
  }
  if (row.kind === 'new-phone')
    return withReason([{ path: 'phones', op: 'add', to: { type: row.phoneType, number: row.phone.trim() } }]);
  const employments = current.employments ?? [];
  if (employments.length === 0) return undefined;
  const domains = new Set(employments.flatMap((e) => e.emailDomains.map((d) => d.toLowerCase())));
  const leaving = (current.emails ?? []).filter((email) => domains.has(domainOf(email)));
  return withReason([
    ...employments.map((e) => ({
      path: `relations.${e.relationId}`,
      from: { status: 'ongoing', endDate: null },
      to: { status: 'ended', endDate: today },
    })),
    ...leaving.map((email) => ({ path: 'emails', op: 'remove' as const, id: email, from: email })),
  ]);
};
