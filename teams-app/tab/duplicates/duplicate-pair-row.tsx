import { Badge, Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import type { DuplicatePair, TierSummary } from '@relais/domain';
import type { ReactNode } from 'react';
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

/** The pair's records as the steward's buttons and messages name them, each told apart from the other. */
export const pairNames = (pair: DuplicatePair, t: (key: string) => string) => ({
  a: toldApart(pair.a, pair.b, t('duplicates.firstRecord')),
  b: toldApart(pair.b, pair.a, t('duplicates.secondRecord')),
});

/**
 * One pair: both records side by side, why they look alike, which one to keep and why (the
 * richer, offered first), and the steward's three answers.
 */
export const DuplicatePairRow = ({
  pair,
  busy,
  onMerge,
  onDistinct,
  children,
}: {
  pair: DuplicatePair;
  busy: boolean;
  onMerge: (survivor: TierSummary, duplicate: TierSummary) => void;
  onDistinct: () => void;
  /** What opens under the pair: the merge's review. */
  children?: ReactNode;
}) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const names = pairNames(pair, t);
  const kept = pair.keep === 'a' ? pair.a : pair.b;
  const counts = pair.keepBecause === 'older' ? { a: 0, b: 0 } : { a: pair.richness[pair.keep][pair.keepBecause], b: pair.richness[pair.keep === 'a' ? 'b' : 'a'][pair.keepBecause] };
  const order: [TierSummary, TierSummary][] = pair.keep === 'a' ? [[pair.a, pair.b], [pair.b, pair.a]] : [[pair.b, pair.a], [pair.a, pair.b]];
  const nameOf = (tier: TierSummary) => (tier === pair.a ? names.a : names.b);
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
        <p className={styles.detail} data-testid="suggested">
          {t('duplicates.suggested', { name: nameOf(kept), because: t(`duplicates.because.${pair.keepBecause}`, counts) })}
        </p>
        <div className={styles.actions}>
          {order.map(([keep, other]) => (
            <Button
              key={keep.id}
              appearance={keep === kept ? 'primary' : 'secondary'}
              disabled={busy}
              aria-label={t('duplicates.keepLabel', { name: nameOf(keep), other: nameOf(other) })}
              onClick={() => onMerge(keep, other)}
            >
              {busy ? t('duplicates.working') : t('duplicates.keep', { name: nameOf(keep) })}
            </Button>
          ))}
          <Button
            disabled={busy}
            aria-label={t('duplicates.distinctLabel', { a: pair.a.name, b: pair.b.name })}
            onClick={onDistinct}
          >
            {t('duplicates.distinct')}
          </Button>
        </div>
        {children}
      </Card>
    </li>
  );
};
