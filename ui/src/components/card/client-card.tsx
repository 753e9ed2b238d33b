import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeRequest, ClientCard as ClientCardData, Task } from '@relais/domain';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../api/api-client';
import { FactList } from '../facts/fact-list';
import { UserNames } from '../facts/fact-value';
import { StatusBar } from '../feedback/status-bar';
import { TaskList } from '../tasks/task-list';
import { useTaskCompletion } from '../tasks/use-task-completion.hook';
import { Timeline } from '../timeline/timeline';
import { CardHierarchy } from './card-hierarchy';
import { CardIdentity } from './card-identity';
import { CardPeople } from './card-people';
import { CardRelations } from './card-relations';
import { CardScores } from './card-scores';
import { CardSection } from './card-section';
import { PendingChangeRequests } from './pending-change-requests';
import { tierName } from './tier-name';
import { useReferenceData } from './use-reference-data.hook';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalM,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    overflowWrap: 'anywhere',
    flex: '1 1 12rem',
  },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  // One column in the Teams side panel (320 px), as many as fit on a wide channel tab.
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
});

export type ClientCardProps = {
  api: ApiClient;
  card: ClientCardData;
  today: string;
  refreshing: boolean;
  onReload: () => void;
};

/** The 360° view: who the client is, who is who, what is due, what is doubtful, and what was said. */
export const ClientCard = ({ api, card, today, refreshing, onReload }: ClientCardProps) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const referenceData = useReferenceData(api);
  const { tier } = card;
  const [openTasks, setOpenTasks] = useState<readonly Task[]>(card.openTasks);
  const [pending, setPending] = useState<readonly ChangeRequest[]>(card.pendingChangeRequests);
  const onDone = useCallback(
    (task: Task) => setOpenTasks((list) => list.filter((x) => x.id !== task.id)),
    [],
  );
  const completion = useTaskCompletion(api, { onDone, onChanged: onReload });
  const name = tierName(tier);
  const firstEstablishments = useMemo(
    () => ({
      items: card.hierarchy.establishments,
      total: card.hierarchy.establishmentsPage.total,
      nextCursor: card.hierarchy.establishmentsPage.nextCursor,
    }),
    [card],
  );
  const firstRelations = useMemo(
    () => ({
      items: card.relations,
      total: card.relationsPage.total,
      nextCursor: card.relationsPage.nextCursor,
    }),
    [card],
  );

  return (
    <article aria-labelledby="card-title">
      <header className={styles.header}>
        <h1 id="card-title" className={styles.title} data-testid="card-title">
          {name}
        </h1>
        <div className={styles.badges}>
          {tier.lifecycle && (
            <Badge appearance="filled" color="brand">
              {t(`common:lifecycle.${tier.lifecycle}`)}
            </Badge>
          )}
          <Badge appearance="outline">{t(`common:kind.${tier.kind}`)}</Badge>
        </div>
        <Button size="small" onClick={onReload} disabled={refreshing}>
          {refreshing ? t('common:loading') : t('card.refresh')}
        </Button>
      </header>
      <StatusBar note={completion.note} onDismiss={completion.dismiss} />
      <UserNames.Provider value={card.userNames}>
        <div className={styles.grid}>
          <CardSection title={t('card.sections.identity')} testId="section-identity">
            <CardIdentity
              api={api}
              tier={tier}
              referenceData={referenceData}
              onChangeRequested={
                tier.status === 'active' ? (r) => setPending((list) => [r, ...list]) : undefined
              }
            />
          </CardSection>
          <CardSection
            title={t('card.sections.facts')}
            count={card.facts.filter((f) => f.stale).length}
            testId="section-facts"
          >
            <FactList
              api={api}
              tierId={tier.id}
              facts={card.facts}
              referenceData={referenceData}
              onChangeRequested={(r) => setPending((list) => [r, ...list])}
            />
          </CardSection>
          <CardSection title={t('card.sections.scores')} testId="section-scores">
            <CardScores scores={card.scores} retention={card.retention} />
          </CardSection>
          <CardSection title={t('card.sections.tasks')} count={openTasks.length} testId="section-tasks">
            <TaskList
              tasks={openTasks}
              today={today}
              busy={completion.busy}
              onComplete={completion.complete}
              api={api}
            />
          </CardSection>
          <CardSection title={t('card.sections.changes')} count={pending.length} testId="section-changes">
            <PendingChangeRequests requests={pending} referenceData={referenceData} tier={tier} />
          </CardSection>
          {tier.kind === 'organisation' && (
            <CardSection
              title={t('card.sections.hierarchy')}
              count={card.hierarchy.establishmentsPage.total}
              testId="section-hierarchy"
            >
              <CardHierarchy
                api={api}
                tierId={tier.id}
                parent={card.hierarchy.parent}
                establishments={firstEstablishments}
              />
            </CardSection>
          )}
          <CardSection
            title={t('card.sections.relations')}
            count={card.relationsPage.total}
            testId="section-relations"
          >
            <CardRelations api={api} tierId={tier.id} firstPage={firstRelations} />
          </CardSection>
          {tier.kind === 'organisation' && (
            <CardSection title={t('card.sections.people')} count={card.people.total} testId="section-people">
              <CardPeople api={api} tierId={tier.id} firstPage={card.people} referenceData={referenceData} />
            </CardSection>
          )}
          <CardSection title={t('card.sections.timeline')} wide testId="section-timeline">
            <Timeline
              api={api}
              tierId={tier.id}
              firstPage={card.timeline}
              openTasks={openTasks}
              today={today}
            />
          </CardSection>
        </div>
      </UserNames.Provider>
    </article>
  );
};
