import { FluentProvider, webLightTheme, makeStyles, tokens } from '@fluentui/react-components';
import { BusyIndicator, EmptyState, ErrorBar } from '@relais/ui/components/shared';
import { ToFileBadge, ToFileList } from '@relais/ui/components/suggestions';
import type { i18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ItemPane } from './item-pane';
import { PaneContext, usePane, type PaneServices } from './pane-context';
import { SeveralItemsPane } from './several-items-pane';
import { itemKey, useCurrentItem } from './use-current-item.hook';
import { useSelectedItems } from './use-selected-items.hook';

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    minHeight: '100%',
    boxSizing: 'border-box',
  },
});

/** Follows the selected item; a new item gets a fresh pane (its key), the same item keeps what was typed. */
const CurrentItemPane = () => {
  const { t } = useTranslation();
  const { current, reread } = useCurrentItem();
  const { api, lang } = usePane();
  if (current.status === 'reading')
    return <BusyIndicator label={t('loading.item')} slowLabel={t('loading.slow')} />;
  if (current.status === 'failed')
    return current.error.code === 'OFFICE.UNAVAILABLE' ? (
      <ErrorBar message={t('office.unavailable')} />
    ) : current.error.code === 'OFFICE.NO_MAILBOX_ACCESS' ? (
      <ErrorBar message={t('office.noMailboxAccess')} onRetry={reread} />
    ) : (
      <ErrorBar message={t('office.failed')} onRetry={reread} />
    );
  // With no item open, the pane offers what Relais noticed to file; with one, a badge says how many wait.
  if (!current.item)
    return (
      <>
        <EmptyState title={t('noItem.title')}>{t('noItem.body')}</EmptyState>
        <ToFileList api={api.client} lang={lang} />
      </>
    );
  return (
    <>
      <ToFileBadge api={api.client} />
      <ItemPane key={itemKey(current.item)} item={current.item} />
    </>
  );
};

/** Several messages selected together get the multi-item pane; one (or a meeting), the item's own. */
const SelectionPane = () => {
  const selected = useSelectedItems();
  if (selected.length < 2) return <CurrentItemPane />;
  // A new selection starts afresh.
  return <SeveralItemsPane key={selected.map(itemKey).join('|')} items={selected} />;
};

/** The "Log to CRM" pane: the same component in Outlook and in the preview harness. */
export const PaneApp = ({ i18n, services }: { i18n: i18n; services: PaneServices }) => {
  const styles = useStyles();
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme} lang={services.lang} className={styles.root}>
        <PaneContext.Provider value={services}>
          <main>
            <SelectionPane />
          </main>
        </PaneContext.Provider>
      </FluentProvider>
    </I18nextProvider>
  );
};
