import type { TierSummary } from '@relais/domain';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { ParticipantCard, type AddressMatch, type TierOption } from '@relais/ui/components/tier-match';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateContact } from './create-contact';
import { colleaguesOn, matchFor, orderForReview, type ItemParty } from './item-parties';
import { usePane } from './pane-context';
import type { Selection } from './use-selection.hook';

/** Cards shown at first: a 200-recipient e-mail stays readable, the rest is one click away. */
const FIRST_PAGE = 12;
const NAMES_SHOWN = 5;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column' },
  note: { color: tokens.colorNeutralForeground3, padding: `${tokens.spacingVerticalXS} 0` },
  more: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalS },
});

const namesOf = (parties: ItemParty[]): string => {
  const names = parties.slice(0, NAMES_SHOWN).map((p) => p.displayName || p.emailAddress);
  return parties.length > NAMES_SHOWN ? `${names.join(', ')}…` : names.join(', ');
};

export type ParticipantsSectionProps = {
  parties: ItemParty[];
  results: ReadonlyMap<string, AddressMatch>;
  selection: Selection;
  onToggle: (option: TierOption, on: boolean) => void;
  onChoose: (match: AddressMatch, choice: string) => void;
  onCreated: (match: AddressMatch) => void;
};

/** Everyone on the item: the matches and why, the choices to make, the contacts to create. */
export const ParticipantsSection = ({
  parties,
  results,
  selection,
  onToggle,
  onChoose,
  onCreated,
}: ParticipantsSectionProps) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const [shown, setShown] = useState(FIRST_PAGE);
  const [creating, setCreating] = useState<string | undefined>();
  const reviewed = orderForReview(parties, results);
  const { user } = usePane();
  const colleagues = colleaguesOn(parties, results, user.emailAddress);
  const invalid = parties.filter((p) => matchFor(p, results).status === 'invalid');
  const selected = new Set(selection.tiers.keys());

  return (
    <div className={styles.root}>
      {reviewed.length === 0 && <Text className={styles.note}>{t('participants.noExternal')}</Text>}
      {reviewed.slice(0, shown).map((party) => {
        const match = matchFor(party, results);
        const canCreate =
          match.persons.length === 0 &&
          (match.status === 'unknown' || match.status === 'matched' || match.status === 'ambiguous');
        return (
          <ParticipantCard
            key={party.key}
            role={t(`item.roles.${party.role}`)}
            displayName={party.displayName}
            match={match}
            selected={selected}
            onToggle={onToggle}
            choice={selection.choices[match.email]}
            onChoose={(choice) => onChoose(match, choice)}
          >
            {canCreate && creating !== party.key && (
              <div>
                <Button size="small" icon={<PersonAddRegular />} onClick={() => setCreating(party.key)}>
                  {match.organisations.length > 0
                    ? t('participants.addAsContact')
                    : t('participants.createContact')}
                </Button>
              </div>
            )}
            {canCreate && creating === party.key && (
              <CreateContact
                email={match.email}
                displayName={party.displayName}
                organisations={match.organisations.map((o): TierSummary => o.tier)}
                onCreated={(created) => {
                  setCreating(undefined);
                  onCreated(created);
                }}
                onCancel={() => setCreating(undefined)}
              />
            )}
          </ParticipantCard>
        );
      })}
      {reviewed.length > shown && (
        <Button className={styles.more} onClick={() => setShown(reviewed.length)}>
          {t('participants.showMore', { count: reviewed.length - shown })}
        </Button>
      )}
      {colleagues.length > 0 && (
        <Text size={200} className={styles.note}>
          {t('participants.colleagues', { count: colleagues.length, names: namesOf(colleagues) })}
        </Text>
      )}
      {invalid.length > 0 && (
        <Text size={200} className={styles.note}>
          {t('participants.invalid', { count: invalid.length, names: namesOf(invalid) })}
        </Text>
      )}
    </div>
  );
};
