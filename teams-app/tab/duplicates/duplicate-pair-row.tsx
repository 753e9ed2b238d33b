import { Badge, Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import type { DuplicatePair, TierSummary } from '@relais/domain';
import { useTranslation } from 'react-i18next';
import { TierLink } from '@relais/ui/components/card';

const useStyles = makeStyles({
  row: { listStyle: 'none' },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  sides: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const Side = ({ tier }: { tier: TierSummary }) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const details = [
    t(`duplicates.${tier.kind}`),
    tier.siren ? t('duplicates.siren', { siren: tier.siren }) : null,
    tier.city,
    tier.jobTitle,
    ...tier.emails,
  ].filter(Boolean);
  return (
    <div className={styles.side}>
      <TierLink tierId={tier.id}>{tier.name}</TierLink>
      <span className={styles.detail}>{details.join(' · ')}</span>
    </div>
  );
};

const details = (tier: TierSummary) => [tier.emails[0], tier.city, tier.siren, tier.jobTitle];

/**
 * A record's name as the steward's buttons say it: when both records go by the same name, with
 * the first detail that tells them apart (an e-mail, a city, a SIREN, a job title), else which one.
 */
export const toldApart = (tier: TierSummary, other: TierSummary, which: string): string => {
  if (tier.name.toLocaleLowerCase() !== other.name.toLocaleLowerCase()) return tier.name;
  const mine = details(tier);
  const theirs = details(other);
  const hint = mine.find((detail, i) => detail && detail !== theirs[i]);
  return `${tier.name} (${hint ?? which})`;
};

/** One pair: both records side by side, why they look alike, and the steward's three answers. */
export const DuplicatePairRow = ({
  pair,
  busy,
  onMerge,
  onDistinct,
}: {
  pair: DuplicatePair;
  busy: boolean;
  onMerge: (survivor: TierSummary, duplicate: TierSummary) => void;
  onDistinct: () => void;
}) => {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <li className={styles.row} data-pair={`${pair.aId}~${pair.bId}`}>
      <Card className={styles.card}>
        <div className={styles.head}>
          <Badge appearance="tint" color={pair.score >= 0.8 ? 'danger' : 'warning'}>
            {t('duplicates.score', { score: Math.round(pair.score * 100) })}
          </Badge>
        </div>
        <div className={styles.sides}>
          <Side tier={pair.a} />
          <Side tier={pair.b} />
        </div>
        <ul className={styles.reasons} aria-label={t('duplicates.why')}>
          {pair.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <div className={styles.actions}>
          {[
            [pair.a, pair.b],
            [pair.b, pair.a],
          ].map(([keep, other]) => {
            const name = toldApart(
              keep!,
              other!,
              t(keep === pair.a ? 'duplicates.firstRecord' : 'duplicates.secondRecord'),
            );
            const otherName = toldApart(
              other!,
              keep!,
              t(other === pair.a ? 'duplicates.firstRecord' : 'duplicates.secondRecord'),
            );
            return (
              <Button
                key={keep!.id}
                appearance={keep === pair.a ? 'primary' : 'secondary'}
                disabled={busy}
                aria-label={t('duplicates.keepLabel', { name, other: otherName })}
                onClick={() => onMerge(keep!, other!)}
              >
                {busy ? t('duplicates.working') : t('duplicates.keep', { name })}
              </Button>
            );
          })}
          <Button
            disabled={busy}
            aria-label={t('duplicates.distinctLabel', { a: pair.a.name, b: pair.b.name })}
            onClick={onDistinct}
          >
            {t('duplicates.distinct')}
          </Button>
        </div>
      </Card>
    </li>
  );
};
