import { canSee } from '../access/visibility';
import type { Caller } from '../model/caller';
import type { Address } from '../model/contact-point.schema';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { SegmentCsvRow } from '../segments/segment-csv';
import type { SegmentMember } from '../segments/segment.schema';
import { forEachLimited } from './for-each-limited';
import { isPeopleEdge } from './tier-people.use-case';

const PARALLEL = 8;

const isCurrent = (address: Address, day: string): boolean => !address.validTo || address.validTo.slice(0, 10) > day;

/** The address a letter goes to: the head office's or billing one first, a postal one in any case (people have none of their own). */
const mailingAddress = (tier: Tier, day: string): Address | undefined => {
  const postal = (tier.kind === 'organisation' ? (tier.addresses ?? []) : []).filter((a) => a.kind === 'postal' && isCurrent(a, day));
  return postal.find((a) => a.usages?.some((u) => u === 'head-office' || u === 'billing')) ?? postal[0];
};

const personName = (tier: Tier): string => (tier.kind === 'person' ? [tier.civility, tier.firstName, tier.lastName].filter(Boolean).join(' ') : '');
const firstPhone = (tier: Tier | undefined): string | null => tier?.phones?.find((p) => p.type !== 'fax')?.number ?? null;

/**
 * The export's lines for members of one page of the scan: each member's identifiers and mailing
 * address, and for an organisation its main contact (the first of its people the caller may see)
 * with their e-mail and phone. Reads the members, their people edges and those people: never the base.
 */
export const segmentCsvRows = async (deps: Deps, caller: Caller, members: readonly SegmentMember[], owners: ReadonlyMap<string, string>, ownerOf: (id: string) => string | null, day: string): Promise<SegmentCsvRow[]> => {
  const tiers = new Map((await deps.tiers.getMany(members.map((m) => m.id))).map((t) => [t.id, t]));
  const contactOf = new Map<string, string>();
  await forEachLimited(
    members.filter((m) => m.kind === 'organisation'),
    PARALLEL,
    async (member) => {
      const edges = (await deps.tiers.partition(member.id))?.relations ?? [];
      const person = edges.filter(isPeopleEdge(member.id)).filter((e) => e.status === 'ongoing').find((e) => !e.fromGuard || canSee(caller, e.fromGuard));
      if (person) contactOf.set(member.id, person.fromId);
    },
  );
  const contacts = new Map((await deps.tiers.getMany([...new Set(contactOf.values())])).filter((t) => t.status === 'active' && canSee(caller, t)).map((t) => [t.id, t]));
  return members.map((member) => {
    const tier = tiers.get(member.id);
    const contact = contacts.get(contactOf.get(member.id) ?? '');
    const address = tier ? mailingAddress(tier, day) : undefined;
    const owner = ownerOf(member.id);
    return {
      ...member,
      siren: tier?.kind === 'organisation' ? (tier.siren ?? null) : null,
      siret: tier?.kind === 'organisation' ? (tier.siret ?? null) : null,
      address: address?.lines?.join(', ') ?? null,
      postcode: address?.postcode ?? null,
      city: address?.city ?? member.city,
      contact: contact ? personName(contact) : null,
      email: (tier?.kind === 'person' ? tier.emails?.[0] : contact?.kind === 'person' ? contact.emails?.[0] : undefined) ?? null,
      phone: tier?.kind === 'person' ? firstPhone(tier) : (firstPhone(contact) ?? firstPhone(tier)),
      owner: owner ? (owners.get(owner) ?? owner) : null,
    };
  });
};
