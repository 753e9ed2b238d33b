import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import type { TierSummary } from '@relais/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../api/problem-message';
import { ErrorBar } from '../shared/error-bar';
import { TierChip } from '../tier-match/tier-chip';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  grow: { flexGrow: 1 },
  results: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  result: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

/** Adds a tier that is not on the e-mail (the company behind a personal address, a prescriber…). */
export const TierSearch = ({
  search,
  added,
  onAdd,
}: {
  search: (q: string) => Promise<TierSummary[]>;
  added: ReadonlySet<string>;
  onAdd: (tier: TierSummary) => void;
}) => {
  const styles = useStyles();
  const { t } = useTranslation('interaction-form');
  const [q, setQ] = useState('');
  const [results, setResults] = useState<{ q: string; items: TierSummary[] } | undefined>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const latest = useRef(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const query = q.trim();
    if (query === '') return;
    const call = (latest.current += 1);
    setBusy(true);
    setFailure(undefined);
    try {
      const items = await search(query);
      if (call === latest.current) setResults({ q: query, items });
    } catch (error) {
      if (call === latest.current) setFailure(error);
    } finally {
      if (call === latest.current) setBusy(false);
    }
  };

  return (
    <form className={styles.root} onSubmit={submit} role="search">
      <div className={styles.line}>
        <Field label={t('search')} className={styles.grow}>
          <Input
            value={q}
            maxLength={200}
            placeholder={t('searchPlaceholder')}
            onChange={(_, data) => setQ(data.value)}
            autoComplete="off"
          />
        </Field>
        <Button type="submit" icon={<SearchRegular />} disabled={busy}>
          {t('searchButton')}
        </Button>
      </div>
      {failure !== undefined && <ErrorBar message={problemMessage(failure, t)} />}
      {results && results.items.length === 0 && <Text size={200}>{t('searchNone', { q: results.q })}</Text>}
      {results && results.items.length > 0 && (
        <ul className={styles.results} aria-label={t('search')}>
          {results.items.map((tier) => (
            <li key={tier.id} className={styles.result}>
              <TierChip tier={tier} />
              <Button
                size="small"
                disabled={added.has(tier.id)}
                onClick={() => onAdd(tier)}
                aria-label={`${t('add')}: ${tier.name}`}
              >
                {added.has(tier.id) ? t('added') : t('add')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
};
