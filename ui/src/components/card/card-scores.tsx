import { Badge, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { ClientCard } from '@relais/domain';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../feedback/empty-state';
import { formatDay } from '../feedback/format-date';

const useStyles = makeStyles({
  scores: { display: 'grid', gap: tokens.spacingVerticalM },
  score: { display: 'grid', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  trend: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  reasons: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  retention: { display: 'grid', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

type ScoreName = 'opportunity' | 'risk';

const Score = ({ name, score }: { name: ScoreName; score: NonNullable<ClientCard['scores']>[ScoreName] }) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const { delta, since } = score.trend;
  const trend =
    delta === null || since === null
      ? t('card.scores.noTrend')
      : delta === 0
        ? t('card.scores.steady', { date: formatDay(since, i18n.language) })
        : t(delta > 0 ? 'card.scores.up' : 'card.scores.down', {
            points: Math.abs(delta),
            date: formatDay(since, i18n.language),
          });
  // High risk is the bad news: coloured as a warning; a high opportunity as good news.
  const color = score.value >= 60 ? (name === 'risk' ? 'error' : 'success') : 'brand';
  return (
    <div className={styles.score} data-testid={`score-${name}`}>
      <span className={styles.line}>
        <span className={styles.name}>{t(`card.scores.${name}`)}</span>
        <span className={styles.value} data-testid="score-value">
          {t('card.scores.outOf', { value: score.value })}
        </span>
        <span className={styles.trend}>{trend}</span>
      </span>
      <ProgressBar
        value={score.value / 100}
        thickness="large"
        color={color}
        aria-label={`${t(`card.scores.${name}`)} ${score.value}/100`}
      />
      {score.reasons.length > 0 && (
        <ul className={styles.reasons} aria-label={t('card.scores.why')}>
          {score.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </div>
  );
};

/**
 * Opportunity and risk (0–100) with their strongest reasons and how they moved, and until when the
 * client's data may be kept under the CNIL rules (the API words the rule in the reader's language).
 */
export const CardScores = ({ scores, retention }: Pick<ClientCard, 'scores' | 'retention'>) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  return (
    <div className={styles.scores}>
      {scores ? (
        <>
          <Score name="opportunity" score={scores.opportunity} />
          <Score name="risk" score={scores.risk} />
        </>
      ) : (
        <EmptyState>{t('card.scores.none')}</EmptyState>
      )}
      <div className={styles.retention} data-testid="retention">
        <span className={styles.line}>
          <span className={styles.name}>{t('card.retention.title')}</span>
          {retention.expired ? (
            <Badge appearance="filled" color="danger">
              {t('card.retention.expired')}
            </Badge>
          ) : (
            <span data-testid="retention-until">
              {retention.expiresAt
                ? t('card.retention.until', { date: formatDay(retention.expiresAt, i18n.language) })
                : t('card.retention.ongoing')}
            </span>
          )}
        </span>
        <span className={styles.meta}>{retention.label}</span>
      </div>
    </div>
  );
};
