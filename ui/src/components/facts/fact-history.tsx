import { makeStyles, tokens } from '@fluentui/react-components';
import type { FactView } from '@relais/domain';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { body, type ApiClient } from '../../api/api-client';
import { ErrorBar } from '../feedback/error-bar';
import { formatDay } from '../feedback/format-date';
import { LoadingState } from '../feedback/loading-state';
import { useFactValueText } from './fact-value';

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
  },
  current: { fontWeight: tokens.fontWeightSemibold },
});

/** Every value the fact held, newest first: read only when asked for. */
export const FactHistory = ({
  api,
  tierId,
  name,
  label,
}: {
  api: ApiClient;
  tierId: string;
  name: string;
  label: string;
}) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const valueText = useFactValueText();
  const [state, setState] = useState<{ items?: FactView[]; error?: unknown }>({});
  const load = useCallback(() => {
    setState({});
    body(api.GET('/api/tiers/{id}/facts/{name}/history', { params: { path: { id: tierId, name } } }))
      .then(
        (r) => setState({ items: r.items }),
        (error: unknown) => setState({ error }),
      );
  }, [api, tierId, name]);
  useEffect(load, [load]);
  if (state.error) return <ErrorBar error={state.error} onRetry={load} />;
  if (!state.items) return <LoadingState />;
  const day = (iso: string) => formatDay(iso, i18n.language);
  return (
    <ol
      className={styles.list}
      aria-label={t('facts.historyTitle', { fact: label })}
      data-testid="fact-history"
    >
      {state.items.map((v) => (
        <li key={v.validFrom} className={v.validTo === null ? styles.current : undefined}>
          {valueText(v.name, v.value)} —{' '}
          {t('facts.period', { from: day(v.validFrom), to: v.validTo ? day(v.validTo) : t('facts.current') })}
          {' · '}
          {t('facts.confirmed', { date: day(v.confirmedAt) })}
        </li>
      ))}
    </ol>
  );
};
