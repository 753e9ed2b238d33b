import { Badge, Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import type { HeldCandidate, RetentionCandidate, RetentionPolicy } from '@relais/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDay } from '@relais/ui/components/feedback';

const useStyles = makeStyles({
  row: { listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '36rem' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Why the tier's period is over, in the reader's language. */
export const useWhy = (policy: RetentionPolicy) => {
  const { t, i18n } = useTranslation();
  return (candidate: RetentionCandidate) =>
    t('retention.expiredOn', {
      date: formatDay(candidate.expiresAt, i18n.language),
      why: t(`retention.why.${candidate.rule}`, { years: candidate.rule === 'client-after-end' ? policy.clientYearsAfterEnd : policy.prospectYears }),
    });
};

/** One tier the run would remove: who, why, what would happen, and a way to keep it with a reason. */
export const CandidateRow = ({ candidate, name, policy, busy, onKeep }: { candidate: RetentionCandidate; name: string; policy: RetentionPolicy; busy: boolean; onKeep: (reason: string) => void }) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const why = useWhy(policy);
  const [keeping, setKeeping] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <li className={styles.row} data-tier-id={candidate.tierId}>
      <div className={styles.head}>
        <span className={styles.name}>{name}</span>
        <Badge appearance="outline">{t(`retention.kind.${candidate.kind}`)}</Badge>
        <Badge appearance="tint" color="danger">
          {t('retention.action', { context: policy.action })}
        </Badge>
      </div>
      <span>{why(candidate)}</span>
      {keeping ? (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            onKeep(reason.trim());
          }}
        >
          <Field label={t('retention.reason', { name })} hint={t('retention.reasonHint')} required>
            <Textarea value={reason} onChange={(_, d) => setReason(d.value)} required />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={busy || reason.trim().length < 3}>
              {t('retention.confirmKeep')}
            </Button>
            <Button onClick={() => setKeeping(false)}>{t('common:cancel')}</Button>
          </div>
        </form>
      ) : (
        <div>
          <Button aria-label={t('retention.keepLabel', { name })} onClick={() => setKeeping(true)}>
            {t('retention.keep')}
          </Button>
        </div>
      )}
    </li>
  );
};

/** A tier a steward keeps: why its period is over, who keeps it since when and why, and a release. */
export const HeldRow = ({ candidate, name, policy, busy, onRelease }: { candidate: HeldCandidate; name: string; policy: RetentionPolicy; busy: boolean; onRelease: () => void }) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const why = useWhy(policy);
  return (
    <li className={styles.row} data-tier-id={candidate.tierId}>
      <div className={styles.head}>
        <span className={styles.name}>{name}</span>
        <Badge appearance="outline">{t(`retention.kind.${candidate.kind}`)}</Badge>
      </div>
      <span>{why(candidate)}</span>
      <span>{t('retention.heldBy', { date: formatDateTime(candidate.hold.heldAt, i18n.language), by: candidate.hold.heldBy, reason: candidate.hold.reason })}</span>
      <div>
        <Button aria-label={t('retention.releaseLabel', { name })} disabled={busy} onClick={onRelease}>
          {t('retention.release')}
        </Button>
      </div>
    </li>
  );
};
