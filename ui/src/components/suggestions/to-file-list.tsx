import { Button, CounterBadge, makeStyles, tokens } from '@fluentui/react-components';
import type { Suggestion } from '@relais/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../api';
import { EmptyState, ErrorBar, formatDateTime, LoadingState, StatusBar, type StatusNote } from '../feedback';
import { senderOf, useSuggestions } from './use-suggestions.hook';

const useStyles = makeStyles({
  title: { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalXS}` },
  intro: { margin: `0 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
  item: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
  },
  subject: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS },
});

const namesOf = (s: Suggestion) => [...new Set(s.participants.flatMap((p) => p.matches.map((m) => m.tier.name)))].join(', ');

export type ToFileListProps = {
  api: ApiClient;
  lang: string;
  /** Opens the full logging form on the suggestion first (the pane); without it, one click files. */
  onReview?: (suggestion: Suggestion) => void;
  headingLevel?: 2 | 3;
};

/**
 * The "To file" list: e-mails and meetings with known clients that Relais noticed, each filed in one
 * click (as the pane would file it), dismissed, or its sender never suggested again.
 */
export const ToFileList = ({ api, lang, onReview, headingLevel = 2 }: ToFileListProps) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const list = useSuggestions(api);
  const [note, setNote] = useState<StatusNote | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const run = async (s: Suggestion, work: () => Promise<string>) => {
    setBusy(s.id);
    try {
      setNote({ intent: 'success', text: await work() });
    } catch (error) {
      setNote({ intent: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="to-file-title" data-testid="to-file">
      <Heading id="to-file-title" className={styles.title}>
        {t('toFile.title')}
      </Heading>
      <p className={styles.intro}>{t('toFile.intro')}</p>
      <StatusBar note={note} onDismiss={() => setNote(null)} />
      {list.error ? <ErrorBar error={list.error} onRetry={list.reload} /> : null}
      {!list.loaded && list.loading && <LoadingState label={t('toFile.loading')} />}
      {list.loaded && list.items.length === 0 && !list.error && <EmptyState>{t('toFile.none')}</EmptyState>}
      {list.items.length > 0 && (
        <ul className={styles.list}>
          {list.items.map((s) => {
            const subject = s.subject ?? t('toFile.noSubject');
            const sender = senderOf(s);
            return (
              <li key={s.id} className={styles.item} data-testid="suggestion">
                <span className={styles.subject}>{subject}</span>
                <span className={styles.meta}>
                  {formatDateTime(s.occurredAt, lang)} · {t(`toFile.${s.direction}`)}
                </span>
                <span className={styles.meta}>{t('toFile.with', { names: namesOf(s) })}</span>
                <div className={styles.actions}>
                  <Button
                    appearance="primary"
                    size="small"
                    disabled={busy !== null}
                    aria-label={t('toFile.fileLabel', { subject })}
                    onClick={() => void run(s, async () => ((await list.accept(s)).created ? t('toFile.filed', { subject }) : t('toFile.filedAlready', { subject })))}
                  >
                    {t('toFile.file')}
                  </Button>
                  {onReview && (
                    <Button size="small" disabled={busy !== null} onClick={() => onReview(s)}>
                      {t('toFile.open')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    disabled={busy !== null}
                    aria-label={t('toFile.dismissLabel', { subject })}
                    onClick={() => void run(s, async () => (await list.dismiss(s), t('toFile.dismissed', { subject })))}
                  >
                    {t('toFile.dismiss')}
                  </Button>
                  {sender && (
                    <Button
                      size="small"
                      appearance="subtle"
                      disabled={busy !== null}
                      aria-label={t('toFile.neverLabel', { sender: sender.emailAddress })}
                      onClick={() => void run(s, async () => (await list.never(s, sender.emailAddress), t('toFile.neverDone', { sender: sender.emailAddress })))}
                    >
                      {t('toFile.never')}
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {list.nextCursor && (
        <Button size="small" onClick={list.loadMore} disabled={list.loading}>
          {t('toFile.loadMore')}
        </Button>
      )}
    </section>
  );
};

/** How many suggestions wait, as a badge beside an open item (nothing when none). */
export const ToFileBadge = ({ api }: { api: ApiClient }) => {
  const { t } = useTranslation();
  const list = useSuggestions(api);
  const count = list.items.length;
  if (count === 0) return null;
  return (
    <span data-testid="to-file-badge" role="status">
      <CounterBadge count={count} appearance="filled" color="brand" aria-hidden /> {t('toFile.badge', { count })}
    </span>
  );
};
