import type { Tier, TierSummary } from '@relais/domain';

/**
 * The domain's `summarize`, redone for the browser: importing it would pull the domain's zod
 * schemas into every page bundle. Same rules: commercial name first, then legal, sign, acronym.
 */
export const summarizeTier = (tier: Tier): TierSummary => {
  const pick = (type: string) =>
    tier.kind === 'organisation' ? tier.names.find((n) => n.type === type)?.value : undefined;
  const name =
    tier.kind === 'person'
      ? [tier.civility, tier.firstName, tier.lastName].filter(Boolean).join(' ')
      : (pick('commercial') ??
        pick('legal') ??
        pick('sign') ??
        pick('acronym') ??
        tier.names[0]?.value ??
        '');
  return {
    id: tier.id,
    kind: tier.kind,
    name,
    lifecycle: tier.lifecycle ?? null,
    jobTitle: tier.kind === 'person' ? (tier.jobTitle ?? null) : null,
    siren: tier.kind === 'organisation' ? (tier.siren ?? null) : null,
    city: tier.kind === 'organisation' ? (tier.addresses?.find((a) => a.city)?.city ?? null) : null,
    emails: tier.kind === 'person' ? (tier.emails ?? []) : [],
    prospectingObjection: tier.kind === 'person' && tier.prospectingObjection === true,
  };
};
