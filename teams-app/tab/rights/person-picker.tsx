import { Button, Field, Input, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { TierSummary } from '@relais/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '@relais/ui/api';
import { ErrorBar } from '@relais/ui/components/feedback';
import { usePersonSearch } from './use-person-search.hook';

const useStyles = makeStyles({
  hits: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hit: { justifyContent: 'flex-start', minHeight: '32px' },
});

/** The search that opens a person's rights: by name words or e-mail. */
export const PersonPicker = ({ api, onPick }: { api: ApiClient; onPick: (person: TierSummary) => void }) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const search = usePersonSearch(api, query);
  const detail = (p: TierSummary) => [p.jobTitle, p.emails[0], p.city].filter(Boolean).join(' · ');
  return (
    <search>
      <Field label={t('rights.search')} hint={t('rights.searchHint')}>
        <Input type="search" value={query} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      {search.loading && <Spinner size="tiny" label={t('rights.searching')} />}
      {Boolean(search.error) && <ErrorBar error={search.error} />}
      {!search.loading && !search.error && search.q.length >= 2 && search.hits.length === 0 && <p role="status">{t('rights.noMatch', { q: search.q })}</p>}
      <ul className={styles.hits}>
        {search.hits.map((person) => (
          <li key={person.id}>
            <Button className={styles.hit} appearance="subtle" aria-label={t('rights.choose', { name: person.name })} onClick={() => onPick(person)}>
              {person.name}
              {detail(person) && ` — ${detail(person)}`}
            </Button>
          </li>
        ))}
      </ul>
    </search>
  );
};
