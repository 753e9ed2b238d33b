import { defaultTiers, type AddressMatch, type TierOption } from '@relais/ui/components/tier-match';
import { useCallback, useState } from 'react';

export type Selection = {
  /** Ticked tiers, in the order they were ticked (the API keeps that order). */
  tiers: ReadonlyMap<string, TierOption>;
  /** The rep's pick for each ambiguous address, by address. */
  choices: Readonly<Record<string, string>>;
};

const withTiers = (
  tiers: ReadonlyMap<string, TierOption>,
  options: TierOption[],
): Map<string, TierOption> => {
  const next = new Map(tiers);
  for (const option of options) if (!next.has(option.tier.id)) next.set(option.tier.id, option);
  return next;
};

export const initialSelection = (matches: AddressMatch[]): Selection => ({
  tiers: withTiers(
    new Map(),
    matches.flatMap((match) => defaultTiers(match, undefined)),
  ),
  choices: {},
});

/** Which tiers the interaction goes to: the lookup's sure matches ticked, the rest up to the rep. */
export const useSelection = (matches: AddressMatch[]) => {
  const [selection, setSelection] = useState(() => initialSelection(matches));

  const toggle = useCallback((option: TierOption, on: boolean) => {
    setSelection((current) => {
      const tiers = new Map(current.tiers);
      if (on) tiers.set(option.tier.id, option);
      else tiers.delete(option.tier.id);
      return { ...current, tiers };
    });
  }, []);

  /** Picking among ambiguous candidates swaps the previous pick for the new one (and where it works). */
  const choose = useCallback((match: AddressMatch, choice: string) => {
    setSelection((current) => {
      const previous = current.choices[match.email];
      const tiers = new Map(current.tiers);
      if (previous) tiers.delete(previous);
      return {
        tiers: withTiers(tiers, defaultTiers(match, choice)),
        choices: { ...current.choices, [match.email]: choice },
      };
    });
  }, []);

  const add = useCallback(
    (options: TierOption[]) =>
      setSelection((current) => ({ ...current, tiers: withTiers(current.tiers, options) })),
    [],
  );

  return { selection, toggle, choose, add };
};
