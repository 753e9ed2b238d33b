import type { AddressMatch, PersonOption, TierOption } from './tier-match.types';

/** The same organisation reached two ways (employer and e-mail domain) is one option with both reasons. */
export const mergeOptions = (options: TierOption[]): TierOption[] => {
  const byId = new Map<string, TierOption>();
  for (const option of options) {
    const known = byId.get(option.tier.id);
    if (!known) byId.set(option.tier.id, { tier: option.tier, evidence: [...option.evidence] });
    else
      for (const evidence of option.evidence)
        if (!known.evidence.some((e) => e.code === evidence.code && e.detail === evidence.detail))
          known.evidence.push(evidence);
  }
  return [...byId.values()];
};

export const NONE = 'none';

/**
 * What the rep decides for one address: `choices` when the lookup is ambiguous (a radio: the rep
 * picks, never the pane), `options` to tick (a person and the organisations around it).
 */
export type AddressOptions = { choices: TierOption[]; options: TierOption[] };

const aroundPerson = (person: PersonOption, match: AddressMatch): TierOption[] =>
  mergeOptions([...person.organisations, ...match.organisations]);

export const addressOptions = (match: AddressMatch, choice: string | undefined): AddressOptions => {
  if (match.persons.length > 1) {
    const chosen = match.persons.find((p) => p.tier.id === choice);
    return { choices: match.persons, options: chosen ? aroundPerson(chosen, match) : [] };
  }
  const [person] = match.persons;
  if (person) return { choices: [], options: mergeOptions([person, ...aroundPerson(person, match)]) };
  if (match.organisations.length > 1) return { choices: match.organisations, options: [] };
  return { choices: [], options: match.organisations };
};

export const isUndecided = (match: AddressMatch, choice: string | undefined): boolean =>
  addressOptions(match, undefined).choices.length > 0 && choice === undefined;

/**
 * The tiers ticked before the rep does anything: the person the address belongs to and where they
 * work; failing an employer, the one organisation owning the domain. Ambiguity ticks nothing.
 */
export const defaultTiers = (match: AddressMatch, choice: string | undefined): TierOption[] => {
  if (match.status === 'internal' || match.status === 'invalid') return [];
  const person =
    match.persons.length > 1 ? match.persons.find((p) => p.tier.id === choice) : match.persons[0];
  if (person) {
    const employers = person.organisations;
    const fallback = employers.length === 0 && match.organisations.length === 1 ? match.organisations : [];
    return [person, ...mergeOptions([...employers, ...fallback])];
  }
  if (match.organisations.length === 1) return match.organisations;
  const chosen = match.organisations.find((o) => o.tier.id === choice);
  return chosen ? [chosen] : [];
};
