import { Checkbox, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NONE, addressOptions } from './address-options';
import { TierChip } from './tier-chip';
import type { AddressMatch, TierOption } from './tier-match.types';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  options: { display: 'flex', flexDirection: 'column' },
});

export type ParticipantCardProps = {
  /** "From", "To", "Required"… */
  role: string;
  displayName: string;
  match: AddressMatch;
  selected: ReadonlySet<string>;
  onToggle: (option: TierOption, on: boolean) => void;
  /** The rep's pick when the address is ambiguous: a tier id or NONE. */
  choice: string | undefined;
  onChoose: (choice: string) => void;
  /** Offered under the matches, e.g. "Create contact" for an unknown sender. */
  children?: ReactNode;
};

const worksFor = (option: TierOption & { organisations?: TierOption[] }): string[] =>
  (option.organisations ?? []).map((o) => o.tier.name);

/** One address of the item: who it is in Relais and why, or the choice the rep has to make. */
export const ParticipantCard = ({
  role,
  displayName,
  match,
  selected,
  onToggle,
  choice,
  onChoose,
  children,
}: ParticipantCardProps) => {
  const styles = useStyles();
  const { t } = useTranslation('tier-match');
  const { choices, options } = addressOptions(match, choice);
  const who =
    displayName && displayName.toLowerCase() !== match.email.toLowerCase()
      ? `${displayName} <${match.email}>`
      : match.email;
  const heading = `${role} · ${who}`;
  return (
    <section className={styles.root} aria-label={heading} data-email={match.email}>
      <Text size={200} className={styles.heading}>
        {heading}
      </Text>
      {choices.length > 0 && (
        <RadioGroup
          value={choice ?? ''}
          onChange={(_, data) => onChoose(data.value)}
          aria-label={t('whichOne')}
        >
          <Text size={200} className={styles.warning}>
            {choice === undefined ? `${t('whichOne')} ${t('undecided')}` : t('whichOne')}
          </Text>
          {choices.map((option) => {
            const employers = worksFor(option);
            return (
              <Radio
                key={option.tier.id}
                value={option.tier.id}
                label={
                  <TierChip
                    tier={option.tier}
                    evidence={option.evidence}
                    extra={employers.length > 0 ? t('worksFor', { names: employers.join(', ') }) : undefined}
                  />
                }
              />
            );
          })}
          <Radio value={NONE} label={t('noneOfThese')} />
        </RadioGroup>
      )}
      {options.length > 0 && (
        <div className={styles.options}>
          {options.map((option) => (
            <Checkbox
              key={option.tier.id}
              checked={selected.has(option.tier.id)}
              onChange={(_, data) => onToggle(option, data.checked === true)}
              label={<TierChip tier={option.tier} evidence={option.evidence} />}
            />
          ))}
        </div>
      )}
      {match.persons.length === 0 &&
        (match.status === 'unknown' || (match.status === 'matched' && match.organisations.length > 0)) && (
          <Text size={200}>{t('notInRelais')}</Text>
        )}
      {children}
    </section>
  );
};
