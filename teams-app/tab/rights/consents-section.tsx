import { Button, Field, Input, makeStyles, Select, Spinner, tokens } from '@fluentui/react-components';
import type { ConsentChannel, ConsentRecord, ConsentsView, ConsentStatus, LegalBasis } from '@relais/domain';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, problemMessage, type ApiClient } from '@relais/ui/api';
import { ErrorBar, formatDay, localDay, StatusBar, type StatusNote } from '@relais/ui/components/feedback';

const CHANNELS: ConsentChannel[] = ['email', 'phone', 'sms', 'post'];
const STATUSES: ConsentStatus[] = ['granted', 'objected', 'withdrawn', 'unknown'];
const BASES: LegalBasis[] = ['consent', 'legitimate-interest', 'contract', 'legal-obligation'];
const CHOICES = [
  { field: 'channel', label: 'channel', options: CHANNELS },
  { field: 'status', label: 'status', options: STATUSES },
  { field: 'legalBasis', label: 'legalBasis', options: BASES },
] as const;

type Draft = { channel: ConsentChannel; status: ConsentStatus; legalBasis: LegalBasis; source: string; date: string };

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', '& th, & td': { textAlign: 'left', padding: tokens.spacingHorizontalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' } },
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  objected: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** The latest statement per channel (status, legal basis, source, date) and a form that records a new one. */
export const ConsentsSection = ({ api, personId }: { api: ApiClient; personId: string }) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<ConsentsView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<StatusNote | null>(null);
  const [saving, setSaving] = useState(false);
  const [draft, setDraft] = useState<Draft>({ channel: 'email', status: 'objected', legalBasis: 'legitimate-interest', source: '', date: localDay() });

  const load = useCallback(() => {
    setError(null);
    answer(api.GET('/api/persons/{id}/consents', { params: { path: { id: personId } } })).then(
      (found) => setView(found.body),
      (e: unknown) => setError(e),
    );
  }, [api, personId]);
  useEffect(load, [load]);

  const record = async () => {
    setSaving(true);
    setNote(null);
    try {
      const saved = await answer(api.PUT('/api/persons/{id}/consents', { params: { path: { id: personId } }, body: { consents: [{ ...draft, source: draft.source.trim() }] } }));
      setView(saved.body);
      setNote({ intent: 'success', text: t('rights.consents.saved', { channel: t(`rights.consents.channels.${draft.channel}`) }) });
      setDraft((d) => ({ ...d, source: '' }));
    } catch (e) {
      setNote({ intent: 'error', text: t('rights.failed', { reason: problemMessage(e, t) }) });
    } finally {
      setSaving(false);
    }
  };
  const day = (record: ConsentRecord) => formatDay(record.date, i18n.language);

  return (
    <section aria-labelledby="consents-title" data-testid="consents">
      <h2 id="consents-title">{t('rights.consents.title')}</h2>
      <p>{t('rights.consents.intro')}</p>
      {Boolean(error) && <ErrorBar error={error} onRetry={load} />}
      {!view && !error && <Spinner size="tiny" label={t('common:loading')} />}
      {view && (
        <>
          {view.objectedChannels.length > 0 && (
            <p className={styles.objected}>{t('rights.objected', { channels: view.objectedChannels.map((c) => t(`rights.consents.channels.${c}`)).join(', ') })}</p>
          )}
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('rights.consents.channel')}</th>
                <th scope="col">{t('rights.consents.status')}</th>
                <th scope="col">{t('rights.consents.legalBasis')}</th>
                <th scope="col">{t('rights.consents.source')}</th>
                <th scope="col">{t('rights.consents.date')}</th>
                <th scope="col">{t('rights.consents.mayProspect')}</th>
              </tr>
            </thead>
            <tbody>
              {view.channels.map(({ channel, latest, mayProspect }) => (
                <tr key={channel} data-channel={channel}>
                  <th scope="row">{t(`rights.consents.channels.${channel}`)}</th>
                  {latest ? (
                    <>
                      <td>{t(`rights.consents.statuses.${latest.status}`)}</td>
                      <td>{t(`rights.consents.bases.${latest.legalBasis}`)}</td>
                      <td>{latest.source}</td>
                      <td>{day(latest)}</td>
                    </>
                  ) : (
                    <td colSpan={4}>{t('rights.consents.none')}</td>
                  )}
                  <td>{mayProspect ? t('rights.consents.yes') : t('rights.consents.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('rights.consents.record')}</h3>
          <StatusBar note={note} onDismiss={() => setNote(null)} />
          <form
            className={styles.form}
            onSubmit={(event) => {
              event.preventDefault();
              void record();
            }}
          >
            {CHOICES.map(({ field, label, options }) => (
              <Field key={field} label={t(`rights.consents.${label}`)}>
                <Select value={draft[field]} onChange={(_, d) => setDraft({ ...draft, [field]: d.value })}>
                  {options.map((value) => (
                    <option key={value} value={value}>
                      {t(`rights.consents.${field === 'channel' ? 'channels' : field === 'status' ? 'statuses' : 'bases'}.${value}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
            <Field label={t('rights.consents.source')} required>
              <Input value={draft.source} placeholder={t('rights.consents.sourcePlaceholder')} onChange={(_, d) => setDraft({ ...draft, source: d.value })} required />
            </Field>
            <Field label={t('rights.consents.date')} required>
              <Input type="date" value={draft.date} max={localDay()} onChange={(_, d) => setDraft({ ...draft, date: d.value })} required />
            </Field>
            <Button type="submit" appearance="primary" disabled={saving || draft.source.trim() === '' || draft.date === ''}>
              {t('rights.consents.save')}
            </Button>
          </form>
          <details>
            <summary>{t('rights.consents.history', { count: view.history.length })}</summary>
            <ul>
              {[...view.history].reverse().map((h) => (
                <li key={`${h.channel}-${h.recordedAt}-${h.status}`}>
                  {day(h)} · {t(`rights.consents.channels.${h.channel}`)} · {t(`rights.consents.statuses.${h.status}`)} · {t(`rights.consents.bases.${h.legalBasis}`)} · {h.source} · {t('rights.consents.recorded')} {h.recordedBy}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
};
