import type { Tier, WordedRelation } from '@relais/domain';
import type {
  ChangeRow,
  CurrentValues,
  Employment,
} from '@relais/ui/components/interaction-form';
import type { RelaisApi } from '../api/relais-api';

const currentValuesOf = (tier: Tier): CurrentValues => ({
  ...(tier.kind === 'organisation' && { addresses: tier.addresses ?? [] }),
  phones: tier.phones ?? [],
  ...(tier.kind === 'person' && { emails: tier.emails ?? [] }),
});

/**
 * Who a person works for now: their ongoing `works-for` relations. The employers the interaction is
 * logged against are the ones meant when there are several; otherwise every current one.
 */
const employmentsOf = async (api: RelaisApi, personId: string, loggedTierIds: ReadonlySet<string>): Promise<Employment[]> => {
  const current = (await api.relationsOf(personId)).filter(
    (r: WordedRelation) => r.typeId === 'works-for' && r.side === 'from' && r.status === 'ongoing',
  );
  const meant = current.filter((r) => loggedTierIds.has(r.other.id));
  const ended = meant.length > 0 ? meant : current;
  return Promise.all(
    ended.map(async (r) => {
      const employer = await api.getTier(r.other.id);
      return {
        relationId: r.id,
        organisationId: r.other.id,
        organisationName: r.other.name,
        emailDomains: employer.kind === 'organisation' ? (employer.emailDomains ?? []) : [],
      };
    }),
  );
};

/** What each tier named by a change row holds today, read when the rep logs (never stale). */
export const loadCurrentValues = async (
  api: RelaisApi,
  rows: ChangeRow[],
  loggedTierIds: ReadonlySet<string>,
): Promise<Map<string, CurrentValues>> => {
  const left = new Set(rows.filter((row) => row.kind === 'left-company').map((row) => row.tierId));
  const entries = await Promise.all(
    [...new Set(rows.map((row) => row.tierId))].map(async (id): Promise<[string, CurrentValues]> => {
      const [tier, employments] = await Promise.all([
        api.getTier(id),
        left.has(id) ? employmentsOf(api, id, loggedTierIds) : Promise.resolve(undefined),
      ]);
      return [id, { ...currentValuesOf(tier), ...(employments && { employments }) }];
    }),
  );
  return new Map(entries);
};
