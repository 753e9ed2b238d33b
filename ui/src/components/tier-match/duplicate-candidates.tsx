import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { TierSummary } from '@relais/domain';
import { useTranslation } from 'react-i18next';
import { TierChip } from './tier-chip';

/** A likely duplicate the API refused to create over (409), with the tier once it is loaded. */
export type DuplicateCandidate = { tierId: string; score: number; reasons: string[]; tier?: TierSummary };

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalS} 0`,
    padding: 0,
    listStyle: 'none',
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  reasons: { color: tokens.colorNeutralForeground3 },
});

export type DuplicateCandidatesProps = {
  /** The name of what the rep tried to create. */
  name: string;
  candidates: DuplicateCandidate[];
  busy: boolean;
  onUse: (tier: TierSummary) => void;
  onCreateAnyway: () => void;
};

/** "This may already be in Relais": the rep picks an existing tier or confirms it is another one. */
export const DuplicateCandidates = ({
  name,
  candidates,
  busy,
  onUse,
  onCreateAnyway,
}: DuplicateCandidatesProps) => {
  const styles = useStyles();
  const { t } = useTranslation('tier-match');
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('duplicates.title')}</MessageBarTitle>
        <Text block>{t('duplicates.intro', { name })}</Text>
        <ul className={styles.list}>
          {candidates.map((candidate) => (
            <li key={candidate.tierId} className={styles.item}>
              {candidate.tier ? <TierChip tier={candidate.tier} /> : <Text>{t('duplicates.loading')}</Text>}
              <Text size={200} className={styles.reasons}>
                {[
                  t('duplicates.score', { percent: Math.round(candidate.score * 100) }),
                  ...candidate.reasons,
                ].join(' · ')}
              </Text>
              {candidate.tier && (
                <Button
                  size="small"
                  disabled={busy}
                  aria-label={`${t('duplicates.use')}: ${candidate.tier.name}`}
                  onClick={() => candidate.tier && onUse(candidate.tier)}
                >
                  {t('duplicates.use')}
                </Button>
              )}
            </li>
          ))}
        </ul>
        <Button size="small" appearance="primary" disabled={busy} onClick={onCreateAnyway}>
          {t('duplicates.createAnyway')}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
};
