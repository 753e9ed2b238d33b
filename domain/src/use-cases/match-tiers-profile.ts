import type { MatchProfile, OrganisationMatchProfile, PersonMatchProfile } from '../matching';
import type { Address } from '../model/contact-point.schema';
import { displayName, type Organisation, type OrganisationDraft, type Person, type PersonDraft, type Tier, type TierDraft } from '../model/tier.schema';
import type { RelationEdge } from '../ports/tier-store.port';

/** The head office's address says where an organisation is; any address will do otherwise. */
const mainAddress = (addresses: readonly Address[] | undefined): Address | undefined =>
  addresses?.find((a) => a.usages?.includes('head-office')) ?? addresses?.find((a) => a.postcode || a.city);

type OrganisationFields = Pick<Organisation, 'names' | 'siren' | 'siret' | 'website' | 'emailDomains' | 'phones' | 'addresses'>;
type PersonFields = Pick<Person, 'civility' | 'firstName' | 'lastName' | 'emails' | 'phones'>;

const organisationProfile = (o: OrganisationFields, id?: string): OrganisationMatchProfile => {
  const address = mainAddress(o.addresses);
  return {
    kind: 'organisation',
    ...(id ? { id } : {}),
    names: o.names,
    ...(o.siren ? { siren: o.siren } : {}),
    ...(o.siret ? { siret: o.siret } : {}),
    ...(o.website ? { website: o.website } : {}),
    ...(o.emailDomains?.length ? { emailDomains: o.emailDomains } : {}),
    ...(o.phones?.length ? { phones: o.phones.map((p) => p.number) } : {}),
    ...(address?.postcode ? { postcode: address.postcode } : {}),
    ...(address?.city ? { city: address.city } : {}),
  };
};

/** Where a person works, as far as the caller knows it: organisation ids and names. */
export type Employers = { ids: string[]; names: string[] };

const personProfile = (p: PersonFields, id: string | undefined, employers?: Employers): PersonMatchProfile => ({
  kind: 'person',
  ...(id ? { id } : {}),
  ...(p.civility ? { civility: p.civility } : {}),
  firstName: p.firstName,
  lastName: p.lastName,
  ...(p.emails?.length ? { emails: p.emails } : {}),
  ...(p.phones?.length ? { phones: p.phones.map((phone) => phone.number) } : {}),
  ...(employers?.ids.length ? { organisationIds: employers.ids } : {}),
  ...(employers?.names.length ? { organisationNames: employers.names } : {}),
});

/** What the matcher reads of a stored tier. */
export const tierMatchProfile = (tier: Tier, employers?: Employers): MatchProfile =>
  tier.kind === 'organisation' ? organisationProfile(tier, tier.id) : personProfile(tier, tier.id, employers);

/** What the matcher reads of a draft (a tier not created yet). */
export const draftMatchProfile = (draft: TierDraft, employers?: Employers): MatchProfile =>
  draft.kind === 'organisation' ? organisationProfile(draft as OrganisationDraft) : personProfile(draft as PersonDraft, undefined, employers);

/** The organisations a person works for, read from their ongoing relation edges. */
export const employersOf = (personId: string, edges: readonly RelationEdge[]): Employers => {
  const current = edges.filter((e) => e.status === 'ongoing' && e.fromId === personId && e.toKind === 'organisation');
  return { ids: current.map((e) => e.toId), names: current.map((e) => e.toName) };
};

export const employerOf = (organisation: Tier | undefined): Employers =>
  organisation?.kind === 'organisation'
    ? { ids: [organisation.id], names: [...new Set([displayName(organisation), ...organisation.names.map((n) => n.value)])] }
    : { ids: [], names: [] };
