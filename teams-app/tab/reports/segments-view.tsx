import { makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { body, type ApiClient } from '@relais/ui/api';
import { ErrorBar } from '@relais/ui/components/feedback';
import { SegmentBuilder, type SavedSegment, SegmentMembers } from '@relais/ui/components/segments';

const useStyles = makeStyles({
  saved: { marginBottom: tokens.spacingVerticalL },
  heading: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}` },
});

/** Saved segments with their members, and the builder for a new one. */
export const SegmentsView = ({ api, language }: { api: ApiClient; language: 'fr' | 'en' }) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const [segments, setSegments] = useState<SavedSegment[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [types, setTypes] = useState<{ id: string; label: string }[]>([]);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      const [list, relationTypes] = await Promise.all([
        body(api.GET('/api/segments')),
        body(api.GET('/api/relation-types')),
      ]);
      setSegments(list.items);
      setTypes(relationTypes.items.map((r) => ({ id: r.id, label: (language === 'fr' ? r.i18n?.fr?.labelAtoB : undefined) ?? r.labelAtoB })));
    } catch (e) {
      setError(e);
    }
  }, [api, language]);
  useEffect(() => void load(), [load]);
  return (
    <>
      {error !== null && <ErrorBar error={error} onRetry={() => void load()} />}
      <section className={styles.saved} aria-label={t('segments.saved')}>
        <h2 className={styles.heading}>{t('segments.saved')}</h2>
        {segments.length === 0 ? (
          <Text>{t('segments.none')}</Text>
        ) : (
          <TabList selectedValue={selected ?? ''} onTabSelect={(_, d) => setSelected(String(d.value))}>
            {segments.map((s) => (
              <Tab key={s.id} value={s.id}>{s.name}</Tab>
            ))}
          </TabList>
        )}
        {selected && <SegmentMembers key={selected} api={api} segmentId={selected} />}
      </section>
      <h2 className={styles.heading}>{t('segments.builder')}</h2>
      <SegmentBuilder
        api={api}
        relationTypes={types}
        onSaved={(saved) => {
          setSegments((list) => [...list, saved].sort((a, b) => a.name.localeCompare(b.name)));
          setSelected(saved.id);
        }}
      />
    </>
  );
};
