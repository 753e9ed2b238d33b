import { Checkbox } from '@fluentui/react-components';
import { TierSearch } from '@relais/ui/components/interaction-form';
import { defaultTiers, TierChip, type AddressMatch, type TierOption } from '@relais/ui/components/tier-match';
import { useState } from 'react';
import { usePane } from './pane-context';
import type { ItemParty } from './item-parties';
import { usePaneStyles } from './pane-styles';
import { ParticipantsSection } from './participants-section';
import type { useSelection } from './use-selection.hook';

/**
 * Which tiers to log against: everyone on the item (or items) with the lookup's matches, the
 * contacts created on the spot (`onCreated`), and tiers added by search.
 */
export const TiersSection = ({
  heading,
  parties,
  results,
  picked,
  onCreated,
}: {
  heading: string;
  parties: ItemParty[];
  results: ReadonlyMap<string, AddressMatch>;
  picked: ReturnType<typeof useSelection>;
  onCreated: (match: AddressMatch) => void;
}) => {
  const styles = usePaneStyles();
  const { api } = usePane();
  const { selection, toggle, choose, add } = picked;
  // Tiers added by search stay listed once unticked, so the rep can tick them again.
  const [searched, setSearched] = useState<TierOption[]>([]);
  return (
    <section className={styles.section} aria-labelledby="participants-heading">
      <h2 id="participants-heading" className={styles.heading}>
        {heading}
      </h2>
      <ParticipantsSection
        parties={parties}
        results={results}
        selection={selection}
        onToggle={toggle}
        onChoose={choose}
        onCreated={(match) => {
          onCreated(match);
          add(defaultTiers(match, undefined));
        }}
      />
      {searched.map((option) => (
        <Checkbox
          key={option.tier.id}
          checked={selection.tiers.has(option.tier.id)}
          onChange={(_, data) => toggle(option, data.checked === true)}
          label={<TierChip tier={option.tier} evidence={option.evidence} />}
        />
      ))}
      <TierSearch
        search={api.searchTiers}
        added={new Set(selection.tiers.keys())}
        onAdd={(tier) => {
          const option: TierOption = { tier, evidence: [{ code: 'added', detail: '' }] };
          setSearched((current) =>
            current.some((o) => o.tier.id === tier.id) ? current : [...current, option],
          );
          add([option]);
        }}
      />
    </section>
  );
};
