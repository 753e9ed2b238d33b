import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeRequest } from '@relais/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiProblem, problemMessage } from '@relais/ui/api';
import { TierNavigationProvider, useReferenceData, useTierNames } from '@relais/ui/components/card';
import { EmptyState, ErrorBar, LoadingState, StatusBar, type StatusNote } from '@relais/ui/components/feedback';
import { tabHref } from '../host/tab-links';
import type { TabSession } from '../host/tab-session';
import { ApprovalRow } from './approval-row';
import { useApprovals, type Decision } from './use-approvals.hook';

const useStyles = makeStyles({
  page: {
    padding: tokens.spacingHorizontalM,
    maxWidth: '60rem',
    margin: '0 auto',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase600 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  bulk: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  bulkComment: { flex: '1 1 14rem' },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const hrefForTier = (tierId: string) => tabHref('/tab/card', { tierId });

/** The approver's bulk view (issue 6): every pending request routed to them, decided one by one or together. */
export const ApprovalsPage = ({ session }: { session: TabSession }) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const approvals = useApprovals(session.api);
  const referenceData = useReferenceData(session.api);
  const names = useTierNames(
    session.api,
    approvals.items.map((r) => r.tierId),
  );
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [bulkComment, setBulkComment] = useState('');
  const [note, setNote] = useState<StatusNote | null>(null);
  const nameOf = (request: ChangeRequest) => {
    const found = names.get(request.tierId);
    return found?.status === 'found'
      ? found.name
      : found?.status === 'missing'
        ? t('approvals.unknownTier')
        : '…';
  };

  const tierOf = (request: ChangeRequest) => {
    const found = names.get(request.tierId);
    return found?.status === 'found' ? found.tier : undefined;
  };

  /** Decides requests one after the other; what could not be decided is said, with the API's reason. */
  const decideAll = async (requests: ChangeRequest[], decision: Decision, comment: string) => {
    const ids = new Set(requests.map((r) => r.id));
    setBusy((b) => new Set([...b, ...ids]));
    setNote(null);
    const done = new Set<string>();
    const failures: string[] = [];
    let conflict = false;
    for (const request of requests) {
      try {
        await approvals.decide(request, decision, comment);
        done.add(request.id);
      } catch (error) {
        failures.push(`${nameOf(request)} — ${problemMessage(error, t)}`);
        conflict ||= isApiProblem(error) && error.status === 409;
      }
    }
    approvals.remove(done);
    setSelected((s) => new Set([...s].filter((id) => !done.has(id))));
    setBusy((b) => new Set([...b].filter((id) => !ids.has(id))));
    if (failures.length > 0)
      setNote({
        intent: 'error',
        text: t('approvals.bulkFailed', { count: failures.length, reasons: failures.join(' ; ') }),
      });
    else if (requests.length === 1)
      setNote({
        intent: 'success',
        text: t(decision === 'approve' ? 'approvals.approved' : 'approvals.rejected', {
          name: nameOf(requests[0]!),
        }),
      });
    else
      setNote({
        intent: 'success',
        text: t('approvals.bulkDone', {
          approved: decision === 'approve' ? done.size : 0,
          rejected: decision === 'reject' ? done.size : 0,
        }),
      });
    // Decided elsewhere in the meantime (the bot, another approver): the list is re-read.
    if (conflict) approvals.reload();
  };

  const chosen = approvals.items.filter((r) => selected.has(r.id));
  const allSelected = approvals.items.length > 0 && chosen.length === approvals.items.length;
  return (
    <main className={styles.page}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t('approvals.title')}</h1>
        <Button size="small" onClick={approvals.reload} disabled={approvals.loading}>
          {t('approvals.refresh')}
        </Button>
      </div>
      <p className={styles.intro}>{t('approvals.intro')}</p>
      <StatusBar note={note} onDismiss={() => setNote(null)} />
      {approvals.error ? <ErrorBar error={approvals.error} onRetry={approvals.reload} /> : null}
      {!approvals.loaded && approvals.loading && <LoadingState label={t('approvals.loading')} />}
      {approvals.loaded && approvals.items.length === 0 && !approvals.error && (
        <EmptyState>{t('approvals.none')}</EmptyState>
      )}
      {approvals.items.length > 0 && (
        <div
          className={styles.bulk}
          role="group"
          aria-label={t('approvals.selected', { count: chosen.length })}
        >
          <Checkbox
            checked={allSelected ? true : chosen.length > 0 ? 'mixed' : false}
            onChange={() => setSelected(allSelected ? new Set() : new Set(approvals.items.map((r) => r.id)))}
            label={
              chosen.length > 0 ? t('approvals.selected', { count: chosen.length }) : t('approvals.selectAll')
            }
          />
          <Field label={t('approvals.bulkComment')} size="small" className={styles.bulkComment}>
            <Input
              value={bulkComment}
              onChange={(_, data) => setBulkComment(data.value)}
              maxLength={1000}
              size="small"
              disabled={chosen.length === 0}
            />
          </Field>
          <Button
            appearance="primary"
            size="small"
            disabled={chosen.length === 0 || busy.size > 0}
            onClick={() => void decideAll(chosen, 'approve', bulkComment)}
          >
            {t('approvals.approveSelected')}
          </Button>
          <Button
            size="small"
            disabled={chosen.length === 0 || busy.size > 0}
            onClick={() => void decideAll(chosen, 'reject', bulkComment)}
          >
            {t('approvals.rejectSelected')}
          </Button>
        </div>
      )}
      <TierNavigationProvider value={{ hrefFor: hrefForTier }}>
        <ul className={styles.list}>
          {approvals.items.map((request) => (
            <ApprovalRow
              key={request.id}
              request={request}
              tierName={nameOf(request)}
              tier={tierOf(request)}
              referenceData={referenceData}
              selected={selected.has(request.id)}
              busy={busy.has(request.id)}
              onSelect={(on) =>
                setSelected((s) =>
                  on ? new Set(s).add(request.id) : new Set([...s].filter((id) => id !== request.id)),
                )
              }
              onDecide={(decision, comment) => void decideAll([request], decision, comment)}
            />
          ))}
        </ul>
      </TierNavigationProvider>
      {approvals.nextCursor && (
        <Button onClick={approvals.loadMore} disabled={approvals.loading}>
          {t('approvals.loadMore')}
        </Button>
      )}
    </main>
  );
};
