import type { Interaction } from '@relais/domain';
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarLtrRegular, MailRegular } from '@fluentui/react-icons';
import { paneProblem } from './pane-problem';
import { BusyIndicator, ErrorBar } from '@relais/ui/components/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlookItemSnapshot } from '../office';
import { LogView } from './log-view';
import { LoggedView, type LoggedNotice } from './logged-view';
import { usePane } from './pane-context';
import { useItemRecords } from './use-item-records.hook';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  header: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  icon: { flexShrink: 0, fontSize: '20px', marginTop: '2px' },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  subject: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

const whenOf = (item: OutlookItemSnapshot): string =>
  item.itemType === 'message' ? item.dateTimeCreated : item.start;

/** One selected item: find who it involves and whether it was logged, then log it or show the log. */
export const ItemPane = ({ item }: { item: OutlookItemSnapshot }) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const { lang } = usePane();
  const { matches, logged, source, retry } = useItemRecords(item);
  const [outcome, setOutcome] = useState<{ interaction: Interaction; notice: LoggedNotice } | undefined>();
  const when = whenOf(item);
  const Icon = item.itemType === 'message' ? MailRegular : CalendarLtrRegular;
  const shownLog =
    outcome ??
    (logged.status === 'ready' && logged.value
      ? { interaction: logged.value, notice: 'opened' as const }
      : undefined);
  const matchList = matches.status === 'ready' ? matches.value : [];

  const body = () => {
    if (shownLog)
      return (
        <LoggedView
          interaction={shownLog.interaction}
          notice={shownLog.notice}
          matches={matchList}
          onChange={(interaction) => setOutcome({ interaction, notice: shownLog.notice })}
        />
      );
    if (matches.status === 'failed')
      return <ErrorBar message={paneProblem(matches.error, t)} onRetry={retry} />;
    if (matches.status === 'loading' || logged.status === 'loading' || source === undefined)
      return <BusyIndicator label={t('loading.lookup')} slowLabel={t('loading.slow')} />;
    return (
      <>
        {logged.status === 'failed' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t('checkFailed')}</MessageBarBody>
          </MessageBar>
        )}
        <LogView
          item={item}
          source={source}
          matches={matches.value}
          onLogged={({ interaction, created }) =>
            setOutcome({ interaction, notice: created ? 'created' : 'existing' })
          }
        />
      </>
    );
  };

  return (
    <article className={styles.root} aria-labelledby="item-subject">
      <header className={styles.header}>
        <Icon className={styles.icon} aria-hidden />
        <div className={styles.titles}>
          <Text size={200} className={styles.muted}>
            {t(`item.${item.itemType}`)}
            {when &&
              ` · ${new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(when))}`}
          </Text>
          <h1 id="item-subject" className={styles.subject}>
            {item.subject.trim() || t('item.noSubject')}
          </h1>
        </div>
      </header>
      {body()}
    </article>
  );
};
