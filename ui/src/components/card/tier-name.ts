import type { Tier } from '@relais/domain';

/**
 * The name a person reads, as the domain's `displayName` words it (commercial name first). Kept
 * here rather than imported so the pages do not bundle the domain's schemas for one function.
 */
export const tierName = (tier: Tier): string => {
  if (tier.kind === 'person') return [tier.civility, tier.firstName, tier.lastName].filter(Boolean).join(' ');
  const pick = (type: string) => tier.names.find((n) => n.type === type)?.value;
  return pick('commercial') ?? pick('legal') ?? pick('sign') ?? pick('acronym') ?? tier.names[0]?.value ?? '';
};
