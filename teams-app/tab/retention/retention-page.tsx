import { Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, tokens } from '@fluentui/react-components';
import type { HeldCandidate, JobView, RetentionCandidate, RetentionReport } from '@relais/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, body, followJob, problemMessage } from '@relais/ui/api';
import { StatusBar, type StatusNote } from '@relais/ui/components/feedback';
import type { TabSession } from '../host/tab-session';
import { CandidateRow, HeldRow } from './candidate-row';
import { isLargeShare } from './large-share';
import { useTierNames } from './use-tier-names.hook';

const PAGE = 25;

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalM, maxWidth: '60rem', margin: '0 auto', boxSizing: 'border-box', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase600 },
  list: { margin: 0, padding: 0 },
});

/**
 * The data steward's review of the retention run: a dry run of the retention job, who it would erase
 * or archive and why, a warning when that is a large share of the base, and a hold (with a reason)
 * for a tier that must be kept.
 */
export const RetentionPage = ({ session }: { session: TabSession }) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [job, setJob] = useState<JobView | null>(null);
  const [report, setReport] = useState<RetentionReport | null>(null);
  const [shown, setShown] = useState(PAGE);
  const [busy, setBusy] = useState<string | null>(null);
  const [note, setNote] = useState<StatusNote | null>(null);
  const expired = report?.expired ?? [];
  const held = report?.held ?? [];
  const names = useTierNames(session.api, [...expired.slice(0, shown), ...held].map((c) => c.tierId));
  const nameOf = (id: string) => names[id] ?? t('retention.loadingName');
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const percent = (n: number) => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(n);

  const review = async () => {
    setNote(null);
    setReport(null);
    try {
      const started = await answer(session.api.POST('/api/retention/runs', { body: { dryRun: true } }));
      const done = await followJob(session.api, started.body, setJob);
      setReport(done.result as RetentionReport);
      setShown(PAGE);
    } catch (error) {
      setNote({ intent: 'error', text: t('retention.failed', { reason: problemMessage(error, t) }) });
    } finally {
      setJob(null);
    }
  };
  const act = async (tierId: string, action: () => Promise<void>) => {
    setBusy(tierId);
    setNote(null);
    try {
      await action();
    } catch (error) {
      setNote({ intent: 'error', text: t('retention.failed', { reason: problemMessage(error, t) }) });
    } finally {
      setBusy(null);
    }
  };
  const keep = (candidate: RetentionCandidate, reason: string) =>
    act(candidate.tierId, async () => {
      const saved = await body(session.api.PUT('/api/tiers/{id}/retention-hold', { params: { path: { id: candidate.tierId } }, body: { reason } }));
      if (!saved.hold) return;
      const hold = saved.hold;
      setReport((r) => r && { ...r, expired: r.expired.filter((c) => c.tierId !== candidate.tierId), held: [...r.held, { ...candidate, hold }] });
      setNote({ intent: 'success', text: t('retention.kept', { name: nameOf(candidate.tierId) }) });
    });
  const release = ({ hold: _hold, ...candidate }: HeldCandidate) =>
    act(candidate.tierId, async () => {
      await body(session.api.DELETE('/api/tiers/{id}/retention-hold', { params: { path: { id: candidate.tierId } } }));
      setReport((r) => r && { ...r, held: r.held.filter((c) => c.tierId !== candidate.tierId), expired: [...r.expired, candidate] });
      setNote({ intent: 'success', text: t('retention.released', { name: nameOf(candidate.tierId) }) });
    });

  const counts = report && { expired: number(report.expired.length), scanned: number(report.scanned), share: percent(report.scanned > 0 ? report.expired.length / report.scanned : 0), context: report.policy.action };
  return (
    <main className={styles.page}>
      <h1 className={styles.title}>{t('retention.title')}</h1>
      <p>{t('retention.intro')}</p>
      <div>
        <Button appearance="primary" onClick={() => void review()} disabled={job !== null}>
          {t('retention.run')}
        </Button>
      </div>
      {job && (
        <Field label={job.status === 'queued' ? t('retention.queued') : t('retention.reviewing', { done: number(job.progress.done) })} validationState="none">
          <ProgressBar value={job.progress.total > 0 ? job.progress.done / job.progress.total : undefined} />
        </Field>
      )}
      <StatusBar note={note} onDismiss={() => setNote(null)} />
      {report && counts && (
        <>
          {isLargeShare(report.expired.length, report.scanned) && (
            <MessageBar intent="warning" layout="multiline" data-testid="large-share">
              <MessageBarBody>
                <MessageBarTitle>{t('retention.largeTitle')}</MessageBarTitle>
                {t('retention.large', counts)}
              </MessageBarBody>
            </MessageBar>
          )}
          <p role="status" data-testid="summary">
            {report.expired.length === 0 ? t('retention.none') : t('retention.summary', counts)}
          </p>
          {expired.length > 0 && (
            <section aria-labelledby="expired-title">
              <h2 id="expired-title">{t('retention.expiredTitle')}</h2>
              <ul className={styles.list} data-testid="expired">
                {expired.slice(0, shown).map((candidate) => (
                  <CandidateRow key={candidate.tierId} candidate={candidate} name={nameOf(candidate.tierId)} policy={report.policy} busy={busy === candidate.tierId} onKeep={(reason) => void keep(candidate, reason)} />
                ))}
              </ul>
              {expired.length > shown && <Button onClick={() => setShown((n) => n + PAGE)}>{t('retention.showMore', { left: number(expired.length - shown) })}</Button>}
            </section>
          )}
          {held.length > 0 && (
            <section aria-labelledby="held-title">
              <h2 id="held-title">{t('retention.heldTitle', { count: held.length })}</h2>
              <ul className={styles.list} data-testid="held">
                {held.map((candidate) => (
                  <HeldRow key={candidate.tierId} candidate={candidate} name={nameOf(candidate.tierId)} policy={report.policy} busy={busy === candidate.tierId} onRelease={() => void release(candidate)} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </main>
  );
};
