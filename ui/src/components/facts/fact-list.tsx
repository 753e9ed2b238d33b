import { makeStyles } from '@fluentui/react-components';
import type { ChangeRequest, FactView } from '@relais/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { body, type ApiClient } from '../../api/api-client';
import { problemMessage } from '../../api/problem-message';
import { factLabel, type ReferenceData } from '../card/use-reference-data.hook';
import { EmptyState } from '../feedback/empty-state';
import { StatusBar, type StatusNote } from '../feedback/status-bar';
import { FactRow } from './fact-row';

const useStyles = makeStyles({ list: { margin: 0, padding: 0 } });

export type FactListProps = {
  api: ApiClient;
  tierId: string;
  facts: readonly FactView[];
  referenceData: ReferenceData | null;
  /** A change request was created: the card shows it among the pending ones. */
  onChangeRequested: (request: ChangeRequest) => void;
};

/** The tier's dated facts, stale ones first so the doubtful information is what the rep sees. */
export const FactList = ({ api, tierId, facts, referenceData, onChangeRequested }: FactListProps) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  // Ordered once: a fact confirmed in place must not jump away from the rep's focus.
  const [shown, setShown] = useState<readonly FactView[]>(() =>
    [...facts].sort((a, b) => Number(b.stale) - Number(a.stale) || a.name.localeCompare(b.name)),
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [note, setNote] = useState<StatusNote | null>(null);
  const labelOf = (name: string) => factLabel(referenceData, name, i18n.language);

  const confirm = async (fact: FactView) => {
    setBusy(fact.name);
    setNote(null);
    try {
      const confirmed = await body(api.POST('/api/tiers/{id}/facts/{name}/confirm', { params: { path: { id: tierId, name: fact.name } } }));
      setShown((list) => list.map((f) => (f.name === confirmed.name ? confirmed : f)));
      setNote({ intent: 'success', text: t('facts.confirmedNote', { fact: labelOf(fact.name) }) });
    } catch (error) {
      setNote({ intent: 'error', text: problemMessage(error, t) });
    } finally {
      setBusy(null);
    }
  };

  if (shown.length === 0) return <EmptyState>{t('facts.none')}</EmptyState>;
  return (
    <>
      <StatusBar note={note} onDismiss={() => setNote(null)} />
      <ul className={styles.list}>
        {shown.map((fact) => (
          <FactRow
            key={fact.name}
            api={api}
            tierId={tierId}
            fact={fact}
            label={labelOf(fact.name)}
            definition={referenceData?.facts.find((d) => d.name === fact.name)}
            busy={busy === fact.name}
            onConfirm={confirm}
            onRequested={(f, request) => {
              setNote({ intent: 'success', text: t('facts.requested', { fact: labelOf(f.name) }) });
              onChangeRequested(request);
            }}
          />
        ))}
      </ul>
    </>
  );
};
