import { Button, Checkbox, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, tokens } from '@fluentui/react-components';
import type { ErasureReport, JobView } from '@relais/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, followJob, problemMessage, type ApiClient } from '@relais/ui/api';
import { StatusBar, type StatusNote } from '@relais/ui/components/feedback';

const useStyles = makeStyles({
  confirm: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, border: `2px solid ${tokens.colorPaletteRedBorder2}`, borderRadius: tokens.borderRadiusMedium },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The right to erasure: a confirmation, then the erasure job followed until its report. */
export const ErasureSection = ({ api, personId, name, onErased }: { api: ApiClient; personId: string; name: string; onErased: () => void }) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [job, setJob] = useState<JobView | null>(null);
  const [report, setReport] = useState<ErasureReport | null>(null);
  const [note, setNote] = useState<StatusNote | null>(null);

  const erase = async () => {
    setConfirming(false);
    setNote(null);
    try {
      const started = await answer(api.POST('/api/persons/{id}/erase', { params: { path: { id: personId } } }));
      const done = await followJob(api, started.body, setJob);
      setReport(done.result as ErasureReport);
      onErased();
    } catch (error) {
      setNote({ intent: 'error', text: t('rights.failed', { reason: problemMessage(error, t) }) });
    } finally {
      setJob(null);
    }
  };
  const running = job !== null;
  return (
    <section aria-labelledby="erasure-title" data-testid="erasure">
      <h2 id="erasure-title">{t('rights.erasure.title')}</h2>
      <p>{t('rights.erasure.intro')}</p>
      <StatusBar note={note} onDismiss={() => setNote(null)} />
      {report ? (
        <MessageBar intent="success" politeness="polite" layout="multiline" data-testid="erasure-report">
          <MessageBarBody>
            <MessageBarTitle>{t('rights.erasure.done', { name })}</MessageBarTitle>
            {t('rights.erasure.report', report)}
          </MessageBarBody>
        </MessageBar>
      ) : running ? (
        <Field
          label={job.status === 'queued' ? t('rights.erasure.queued') : t('rights.erasure.progress', { done: job.progress.done, total: Math.max(job.progress.total, job.progress.done) })}
          validationState="none"
        >
          <ProgressBar value={job.progress.total > 0 ? job.progress.done / job.progress.total : undefined} />
        </Field>
      ) : confirming ? (
        <div className={styles.confirm} role="group" aria-labelledby="erasure-confirm-title">
          <h3 id="erasure-confirm-title">{t('rights.erasure.confirmTitle', { name })}</h3>
          <p>{t('rights.erasure.confirmText', { name })}</p>
          <Checkbox checked={understood} onChange={(_, d) => setUnderstood(d.checked === true)} label={t('rights.erasure.understand')} />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!understood} onClick={() => void erase()}>
              {t('rights.erasure.confirm', { name })}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('common:cancel')}</Button>
          </div>
        </div>
      ) : (
        <Button
          onClick={() => {
            setUnderstood(false);
            setConfirming(true);
          }}
        >
          {t('rights.erasure.start')}
        </Button>
      )}
    </section>
  );
};
