import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ChangeRequest, FactView } from '@relais/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../api/api-client';
import type { FactDefinitionView } from '../card/use-reference-data.hook';
import { formatDay } from '../feedback/format-date';
import { FactHistory } from './fact-history';
import { useFactValueText } from './fact-value';
import { RequestChangeForm } from './request-change-form';

const useStyles = makeStyles({
  row: {
    listStyle: 'none',
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  label: { color: tokens.colorNeutralForeground2 },
  value: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  staleHint: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
    margin: `${tokens.spacingVerticalXXS} 0 0`,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalXS,
  },
  stale: {
    borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
});

export type FactRowProps = {
  api: ApiClient;
  tierId: string;
  fact: FactView;
  label: string;
  definition: FactDefinitionView | undefined;
  busy: boolean;
  onConfirm: (fact: FactView) => void;
  onRequested: (fact: FactView, request: ChangeRequest) => void;
};

/** One dated fact: its value and dates, a "to check" badge when stale, and what the rep can do about it. */
export const FactRow = ({
  api,
  tierId,
  fact,
  label,
  definition,
  busy,
  onConfirm,
  onRequested,
}: FactRowProps) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<'none' | 'history' | 'change'>('none');
  const valueText = useFactValueText();
  const value = valueText(fact.name, fact.value);
  const day = (iso: string) => formatDay(iso, i18n.language);
  return (
    <li
      className={mergeClasses(styles.row, fact.stale && styles.stale)}
      data-testid="fact-row"
      data-fact={fact.name}
      data-stale={fact.stale || undefined}
    >
      <div className={styles.head}>
        <span className={styles.label}>{label}</span>
        <span className={styles.value}>{value}</span>
        {fact.stale && (
          <Badge color="warning" appearance="tint" size="small">
            {t('facts.stale')}
          </Badge>
        )}
      </div>
      <div className={styles.meta}>
        {t('facts.since', { date: day(fact.validFrom) })} ·{' '}
        {t('facts.confirmed', { date: day(fact.confirmedAt) })}
      </div>
      {fact.stale && (
        <p className={styles.staleHint}>{t('facts.staleHint', { date: day(fact.confirmedAt) })}</p>
      )}
      <div className={styles.actions}>
        <Button
          size="small"
          appearance={fact.stale ? 'primary' : 'secondary'}
          disabled={busy}
          onClick={() => onConfirm(fact)}
          aria-label={t('facts.stillTrueLabel', { fact: label, value })}
        >
          {t('facts.stillTrue')}
        </Button>
        <Button
          size="small"
          onClick={() => setOpen(open === 'change' ? 'none' : 'change')}
          aria-expanded={open === 'change'}
          aria-label={t('facts.requestChangeLabel', { fact: label })}
        >
          {t('facts.requestChange')}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          onClick={() => setOpen(open === 'history' ? 'none' : 'history')}
          aria-expanded={open === 'history'}
          aria-label={t('facts.historyLabel', { fact: label })}
        >
          {open === 'history' ? t('facts.hideHistory') : t('facts.history')}
        </Button>
      </div>
      {open === 'history' && <FactHistory api={api} tierId={tierId} name={fact.name} label={label} />}
      {open === 'change' && (
        <RequestChangeForm
          api={api}
          tierId={tierId}
          fact={fact}
          label={label}
          definition={definition}
          onCancel={() => setOpen('none')}
          onRequested={(request) => {
            setOpen('none');
            onRequested(fact, request);
          }}
        />
      )}
    </li>
  );
};
