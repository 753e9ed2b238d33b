/** The name a person reads: the commercial name first, then the legal one. No zod here: pages import it. */
type Nameable =
  | { kind: 'person'; civility?: string; firstName: string; lastName: string }
  | { kind: 'organisation'; names: { type: string; value: string }[] };

export const displayName = (tier: Nameable): string => {
  if (tier.kind === 'person') return [tier.civility, tier.firstName, tier.lastName].filter(Boolean).join(' ');
  const names = tier.names;
  const pick = (type: string) => names.find((n) => n.type === type)?.value;
  return pick('commercial') ?? pick('legal') ?? pick('sign') ?? pick('acronym') ?? names[0]?.value ?? '';
};
