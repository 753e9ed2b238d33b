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

/** What the tier holds today, so the request carries `from` and a steward sees before and after. */
export type CurrentValues = { addresses?: unknown[]; phones?: unknown[]; emails?: string[] };

export type ChangeRequestBody = {
  tierId: string;
  changes: { path: string; from?: unknown; to: unknown }[];
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

export type ChangeRowProblem = 'tier' | 'kind' | 'address' | 'phone';

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

/**
 * The API's change request for a row: "new address" replaces the addresses (the client moved),
 * "new phone" adds one to the list, "left the company" retires the person's e-mail addresses.
 */
export const toChangeRequest = (
  row: ChangeRow,
  current: CurrentValues,
  defaultReason: string,
): ChangeRequestBody => {
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
    return withReason([
      { path: 'addresses', ...(current.addresses && { from: current.addresses }), to: [address] },
    ]);
  }
  if (row.kind === 'new-phone') {
    const phones = current.phones ?? [];
    return withReason([
      { path: 'phones', from: phones, to: [...phones, { type: row.phoneType, number: row.phone.trim() }] },
    ]);
  }
  return withReason([{ path: 'emails', from: current.emails ?? [], to: [] }]);
};
