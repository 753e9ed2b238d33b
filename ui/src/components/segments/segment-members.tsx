import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload16Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { body, download, type ApiClient } from '../../api/api-client';
import { ErrorBar } from '../feedback/error-bar';
import { LoadingState } from '../feedback/loading-state';
import type { SegmentMember } from './use-live-count.hook';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  number: { textAlign: 'end' },
});

/** Saves a file the API streamed, as the browser's download. */
const saveFile = (blob: Blob, filename: string) => {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/** A saved segment's members, evaluated now, a page at a time; and its CSV export. */
export const SegmentMembers = ({ api, segmentId }: { api: ApiClient; segmentId: string }) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const [items, setItems] = useState<SegmentMember[]>([]);
  const [state, setState] = useState<
    { status: 'loading' | 'ready'; cursor: string | null } | { status: 'error'; error: unknown }
  >({ status: 'loading', cursor: null });
  const load = useCallback(
    async (cursor: string | null, reset: boolean) => {
      setState({ status: 'loading', cursor });
      try {
        const page = await body(api.GET('/api/segments/{id}/members', { params: { path: { id: segmentId }, query: { limit: 50, cursor: cursor ?? undefined } } }));
        setItems((current) => (reset ? page.items : [...current, ...page.items]));
        setState({ status: 'ready', cursor: page.nextCursor });
      } catch (error) {
        setState({ status: 'error', error });
      }
    },
    [api, segmentId],
  );
  useEffect(() => void load(null, true), [load]);
  const exportCsv = async () => {
    try {
      const file = await download(api.GET('/api/segments/{id}/export', { params: { path: { id: segmentId } }, parseAs: 'blob' }));
      saveFile(file.blob, file.filename ?? 'segment.csv');
    } catch (error) {
      setState({ status: 'error', error });
    }
  };
  return (
    <section aria-label={t('segments.members')}>
      <div className={styles.actions}>
        <Button icon={<ArrowDownload16Regular />} onClick={() => void exportCsv()}>
          {t('segments.export')}
        </Button>
      </div>
      <Table size="small" aria-label={t('segments.members')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('segments.columns.name')}</TableHeaderCell>
            <TableHeaderCell>{t('segments.columns.lifecycle')}</TableHeaderCell>
            <TableHeaderCell>{t('segments.columns.lastContact')}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t('segments.scores.opportunity')}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t('segments.scores.risk')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((m) => (
            <TableRow key={m.id}>
              <TableCell>{m.name}</TableCell>
              <TableCell>{m.lifecycle ?? '—'}</TableCell>
              <TableCell>{m.lastContact ?? '—'}</TableCell>
              <TableCell className={styles.number}>{m.opportunity}</TableCell>
              <TableCell className={styles.number}>{m.risk}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'error' && <ErrorBar error={state.error} onRetry={() => void load(null, true)} />}
      {state.status === 'ready' && state.cursor && (
        <Button onClick={() => void load(state.cursor, false)}>{t('segments.more')}</Button>
      )}
      {state.status === 'ready' && items.length === 0 && <p>{t('segments.empty')}</p>}
    </section>
  );
};
