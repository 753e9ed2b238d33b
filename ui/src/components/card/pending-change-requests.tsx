import { makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeRequest, Tier } from '@relais/domain';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../feedback/empty-state';
import { formatDateTime } from '../feedback/format-date';
import { ChangeSummary } from './change-summary';
import type { ReferenceData } from './use-reference-data.hook';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { listStyle: 'none' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  reason: { margin: `${tokens.spacingVerticalXXS} 0 0`, overflowWrap: 'anywhere' },
});

/** Changes asked for on this tier and not decided yet: the referential does not show them until approved. */
export const PendingChangeRequests = ({
  requests,
  referenceData,
  tier,
}: {
  requests: readonly ChangeRequest[];
  referenceData: ReferenceData | null;
  tier: Tier;
}) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  if (requests.length === 0) return <EmptyState>{t('card.changesNone')}</EmptyState>;
  return (
    <ul className={styles.list}>
      {requests.map((request) => (
        <li key={request.id} className={styles.item} data-testid="change-request">
          <ChangeSummary changes={request.changes} referenceData={referenceData} current={tier} />
          <div className={styles.meta}>
            {t('card.requestedBy', {
              name: request.requestedByName,
              date: formatDateTime(request.requestedAt, i18n.language),
            })}
          </div>
          {request.reason && (
            <p className={styles.reason}>
              {t('card.reason')} {request.reason}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
};
