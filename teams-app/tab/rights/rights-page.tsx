import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { displayName, type Tier } from '@relais/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { body } from '@relais/ui/api';
import { ErrorBar, LoadingState } from '@relais/ui/components/feedback';
import type { TabSession } from '../host/tab-session';
import { ConsentsSection } from './consents-section';
import { ErasureSection } from './erasure-section';
import { ExportSection } from './export-section';
import { PersonPicker } from './person-picker';

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalM, maxWidth: '60rem', margin: '0 auto', boxSizing: 'border-box', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase600 },
  person: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  name: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

/** `?personId=` in the address, so the page can be linked to and reloaded on the same person. */
const personIdInAddress = (): string | null => new URLSearchParams(window.location.search).get('personId');
const showInAddress = (personId: string | null) => {
  const params = new URLSearchParams(window.location.search);
  if (personId) params.set('personId', personId);
  else params.delete('personId');
  window.history.replaceState(null, '', `${window.location.pathname}?${params.toString()}`);
};

/**
 * The data steward's page for a person's GDPR rights: the access export as a download, consents and
 * objections per channel with their source and date, and the erasure with its confirmation and progress.
 */
export const RightsPage = ({ session }: { session: TabSession }) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const [personId, setPersonId] = useState<string | null>(personIdInAddress);
  const [person, setPerson] = useState<Tier | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [erased, setErased] = useState(false);

  useEffect(() => {
    setPerson(null);
    setError(null);
    setErased(false);
    if (!personId) return;
    let live = true;
    body(session.api.GET('/api/tiers/{id}', { params: { path: { id: personId } } })).then(
      (tier) => live && setPerson(tier),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [session.api, personId]);

  const choose = (id: string | null) => {
    showInAddress(id);
    setPersonId(id);
  };
  const name = person ? displayName(person) : '';

  return (
    <main className={styles.page}>
      <h1 className={styles.title}>{t('rights.title')}</h1>
      {!personId ? (
        <>
          <p>{t('rights.intro')}</p>
          <PersonPicker api={session.api} onPick={(p) => choose(p.id)} />
        </>
      ) : (
        <>
          <div className={styles.person}>
            {person && <h2 className={styles.name}>{name}</h2>}
            <Button onClick={() => choose(null)}>{t('rights.another')}</Button>
          </div>
          {Boolean(error) && <ErrorBar error={error} />}
          {!person && !error && <LoadingState label={t('rights.loadingPerson')} />}
          {person && !erased && <ExportSection api={session.api} personId={person.id} name={name} />}
          {person && !erased && <ConsentsSection api={session.api} personId={person.id} />}
          {person && <ErasureSection api={session.api} personId={person.id} name={name} onErased={() => setErased(true)} />}
        </>
      )}
    </main>
  );
};
