import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeRequest, Tier } from '@relais/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeSummary, TierLink, type ReferenceData } from '@relais/ui/components/card';
import { formatDateTime } from '@relais/ui/components/feedback';
import type { Decision } from './use-approvals.hook';

const useStyles = makeStyles({
  row: {
    listStyle: 'none',
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  tier: { margin: 0, fontSize: tokens.fontSizeBase400 },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  reason: { margin: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  comment: { flex: '1 1 12rem' },
});

export type ApprovalRowProps = {
  request: ChangeRequest;
  tierName: string;
  /** The record as it is now, for the "before" of changes whose requester did not say. */
  tier: Tier | undefined;
  referenceData: ReferenceData | null;
  selected: boolean;
  busy: boolean;
  onSelect: (selected: boolean) => void;
  onDecide: (decision: Decision, comment: string) => void;
};

/** One request: on which record, what changes (before → after), who asked and why; decide in place. */
export const ApprovalRow = ({
  request,
  tierName,
  tier,
  referenceData,
  selected,
  busy,
  onSelect,
  onDecide,
}: ApprovalRowProps) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [comment, setComment] = useState('');
  return (
    <li className={styles.row} data-testid="approval" data-request-id={request.id}>
      <Checkbox
        checked={selected}
        onChange={(_, data) => onSelect(data.checked === true)}
        aria-label={t('approvals.select', { name: tierName })}
      />
      <div className={styles.body}>
        <h2 className={styles.tier}>
          <TierLink tierId={request.tierId}>{tierName}</TierLink>
        </h2>
        <ChangeSummary changes={request.changes} referenceData={referenceData} current={tier} />
        <span className={styles.meta}>
          {t('card.requestedBy', {
            name: request.requestedByName,
            date: formatDateTime(request.requestedAt, i18n.language),
          })}
        </span>
        {request.reason && (
          <p className={styles.reason}>
            {t('card.reason')} {request.reason}
          </p>
        )}
        <div className={styles.actions}>
          <Field
            label={t('approvals.comment')}
            hint={t('approvals.commentHint')}
            size="small"
            className={styles.comment}
          >
            <Input
              value={comment}
              onChange={(_, data) => setComment(data.value)}
              maxLength={1000}
              size="small"
            />
          </Field>
          <Button
            appearance="primary"
            size="small"
            disabled={busy}
            onClick={() => onDecide('approve', comment)}
            aria-label={t('approvals.approveLabel', { name: tierName })}
          >
            {busy ? t('approvals.deciding') : t('approvals.approve')}
          </Button>
          <Button
            size="small"
            disabled={busy}
            onClick={() => onDecide('reject', comment)}
            aria-label={t('approvals.rejectLabel', { name: tierName })}
          >
            {t('approvals.reject')}
          </Button>
        </div>
      </div>
    </li>
  );
};
