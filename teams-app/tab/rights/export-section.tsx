import { Button, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { body, problemMessage, type ApiClient } from '@relais/ui/api';
import { StatusBar, type StatusNote } from '@relais/ui/components/feedback';

/** Hands a JSON document to the browser as a file to save. */
const saveJson = (value: unknown, fileName: string) => {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/** The right of access: the access export, downloaded as one JSON file. */
export const ExportSection = ({ api, personId, name }: { api: ApiClient; personId: string; name: string }) => {
  const { t } = useTranslation();
  const [working, setWorking] = useState(false);
  const [note, setNote] = useState<StatusNote | null>(null);
  const download = async () => {
    setWorking(true);
    setNote(null);
    try {
      const exported = await body(api.GET('/api/persons/{id}/export', { params: { path: { id: personId } } }));
      saveJson(exported, `person-${personId}.json`);
      setNote({ intent: 'success', text: t('rights.export.done', { name, interactions: exported.interactions.length, mentions: exported.mentionedIn.length }) });
    } catch (error) {
      setNote({ intent: 'error', text: t('rights.failed', { reason: problemMessage(error, t) }) });
    } finally {
      setWorking(false);
    }
  };
  return (
    <section aria-labelledby="export-title" data-testid="export">
      <h2 id="export-title">{t('rights.export.title')}</h2>
      <p>{t('rights.export.intro')}</p>
      <StatusBar note={note} onDismiss={() => setNote(null)} />
      <Button onClick={() => void download()} disabled={working}>
        {t('rights.export.download')}
      </Button>
      {working && <Spinner size="tiny" label={t('rights.export.working')} />}
    </section>
  );
};
