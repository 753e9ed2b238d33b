import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { BuildingRegular, PersonRegular } from '@fluentui/react-icons';
import type { TierSummary } from '@relais/domain';
import { useTranslation } from 'react-i18next';
import { evidenceText } from './evidence-text';
import type { MatchEvidence } from './tier-match.types';

const useStyles = makeStyles({
  root: { display: 'inline-flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  title: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  detail: { color: tokens.colorNeutralForeground3 },
  reasons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXS },
  icon: { flexShrink: 0, fontSize: '16px' },
});

/** Secondary line: what tells two tiers of the same name apart (job title, city, SIREN, lifecycle). */
const detailOf = (tier: TierSummary, lifecycle: string | undefined): string =>
  [tier.jobTitle, tier.city, tier.siren ? `SIREN ${tier.siren}` : undefined, lifecycle]
    .filter(Boolean)
    .join(' · ');

/**
 * A tier with the reasons it is proposed (same e-mail, e-mail domain, employer of…), so the rep
 * judges the match instead of trusting a silent pick.
 */
export const TierChip = ({
  tier,
  evidence = [],
  extra,
}: {
  tier: TierSummary;
  evidence?: MatchEvidence[];
  extra?: string;
}) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const lifecycle = tier.lifecycle
    ? t(`common:lifecycle.${tier.lifecycle}`, { defaultValue: tier.lifecycle })
    : undefined;
  const detail = [detailOf(tier, lifecycle), extra].filter(Boolean).join(' · ');
  const Icon = tier.kind === 'person' ? PersonRegular : BuildingRegular;
  return (
    <span className={styles.root} data-tier-id={tier.id}>
      <span className={styles.title}>
        <Icon className={styles.icon} aria-label={t(`common:kind.${tier.kind}`)} />
        <Text weight="semibold">{tier.name}</Text>
        {tier.prospectingObjection === true && (
          <Badge appearance="filled" color="danger" size="small">
            {t('common:prospectingObjection')}
          </Badge>
        )}
      </span>
      {detail && (
        <Text size={200} className={styles.detail}>
          {detail}
        </Text>
      )}
      {evidence.length > 0 && (
        <span className={styles.reasons}>
          {evidence.map((e) => (
            <Badge
              key={`${e.code}:${e.detail}`}
              appearance="tint"
              color={e.code === 'same-email' ? 'success' : 'informative'}
              size="small"
            >
              {evidenceText(e, t)}
            </Badge>
          ))}
        </span>
      )}
    </span>
  );
};
