import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { body, type ApiClient } from '../../api/api-client';
import { problemMessage } from '../../api/problem-message';
import { formatDateTime } from '../feedback/format-date';
import { LoadingState } from '../feedback/loading-state';
import { ErrorBar } from '../shared/error-bar';

const useStyles = makeStyles({
  // 24 px high at least: WCAG 2.2 target size, the link sitting among other small text.
  open: { minHeight: '24px', display: 'inline-flex', alignItems: 'center' },
  line: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
  label: { color: tokens.colorNeutralForeground3 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

type Loaded = Awaited<ReturnType<typeof load>>;
const load = (api: ApiClient, id: string) =>
  body(api.GET('/api/interactions/{id}', { params: { path: { id } } }));

/** The interaction a follow-up came from, opened over the page: when, how, who, and what was said. */
export const InteractionLink = ({
  api,
  interactionId,
  label,
}: {
  api: ApiClient;
  interactionId: string;
  label: string;
}) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const restoreFocus = useRestoreFocusTarget();
  const [isOpen, setOpen] = useState(false);
  const [state, setState] = useState<
    { status: 'loading' } | { status: 'ready'; value: Loaded } | { status: 'error'; error: unknown }
  >({ status: 'loading' });
  const open = () => {
    setOpen(true);
    setState({ status: 'loading' });
    load(api, interactionId).then(
      (value) => setState({ status: 'ready', value }),
      (error: unknown) => setState({ status: 'error', error }),
    );
  };
  const text = (key: string, value: string | null) =>
    value && (
      <p className={styles.line}>
        <span className={styles.label}>{t(key)} </span>
        {value}
      </p>
    );
  return (
    <>
      <Link
        as="button"
        {...restoreFocus}
        className={styles.open}
        data-testid="task-interaction"
        onClick={open}
      >
        {label}
      </Link>
      {/* Mounted only while open: a closed Fluent dialog still plants focus guards in the page. */}
      {isOpen && (
        <Dialog open onOpenChange={(_, data) => setOpen(data.open)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>
                {state.status === 'ready'
                  ? (state.value.subject ?? t('timeline.noSubject'))
                  : t('timeline.interaction')}
              </DialogTitle>
              <DialogContent className={styles.body} data-testid="interaction-dialog">
                {state.status === 'loading' && <LoadingState label={t('common:loading')} />}
                {state.status === 'error' && <ErrorBar message={problemMessage(state.error, t)} />}
                {state.status === 'ready' && (
                  <>
                    <p className={styles.line}>
                      <time dateTime={state.value.occurredAt}>
                        {formatDateTime(state.value.occurredAt, i18n.language)}
                      </time>
                      {' · '}
                      {t(`common:medium.${state.value.medium}`)} ·{' '}
                      {t(`timeline.arrow.${state.value.direction}`)} ·{' '}
                      {t('timeline.by', { name: state.value.performedByName })}
                    </p>
                    {text('timeline.with', state.value.participants.map((p) => p.name).join(', '))}
                    {text('timeline.purpose', state.value.purpose)}
                    {text('timeline.outcome', state.value.outcome)}
                    {text('timeline.notes', state.value.summary)}
                    {state.value.source?.webLink && (
                      <Link
                        href={state.value.source.webLink}
                        target="_blank"
                        rel="noreferrer"
                        className={styles.open}
                      >
                        {t('timeline.openInOutlook')}
                      </Link>
                    )}
                  </>
                )}
              </DialogContent>
              <DialogActions>
                <Button onClick={() => setOpen(false)}>{t('common:close')}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
};
