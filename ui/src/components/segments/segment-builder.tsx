import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Add16Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { body, type ApiClient } from '../../api/api-client';
import { ErrorBar } from '../feedback/error-bar';
import {
  defaultRow,
  rowOfPath,
  toDefinition,
  type BuilderState,
  type ConditionKind,
} from './condition-model';
import { ConditionRowEditor } from './condition-row';
import { useLiveCount } from './use-live-count.hook';

const useStyles = makeStyles({
  builder: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  count: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '2rem' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  sample: { color: tokens.colorNeutralForeground3 },
});

export type SavedSegment = { id: string; name: string };

/** Builds a segment rule row by row, counts its members live, and saves it (shared with teams, if asked). */
export const SegmentBuilder = ({
  api,
  relationTypes,
  onSaved,
}: {
  api: ApiClient;
  relationTypes: { id: string; label: string }[];
  onSaved: (s: SavedSegment) => void;
}) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const [state, setState] = useState<BuilderState>({ match: 'and', rows: [defaultRow(1, 'fact')] });
  const [name, setName] = useState('');
  const [teams, setTeams] = useState('');
  const [saving, setSaving] = useState<{ status: 'idle' | 'saving' } | { status: 'error'; error: unknown }>({
    status: 'idle',
  });
  const definition = useMemo(() => toDefinition(state), [state]);
  const live = useLiveCount(api, definition);
  const errorsByRow = new Map<number, string[]>();
  if (live.status === 'invalid')
    for (const e of live.errors) {
      const id = rowOfPath(e.path, state);
      if (id !== undefined) errorsByRow.set(id, [...(errorsByRow.get(id) ?? []), e.message]);
    }
  const nextId = Math.max(0, ...state.rows.map((r) => r.id)) + 1;
  const add = (kind: ConditionKind) =>
    setState((s) => ({ ...s, rows: [...s.rows, defaultRow(nextId, kind)] }));
  const save = async () => {
    if (!definition) return;
    setSaving({ status: 'saving' });
    try {
      const sharedWithTeams = teams
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
      const saved = await body(api.POST('/api/segments', { body: { name: name.trim(), definition, sharedWithTeams } }));
      setSaving({ status: 'idle' });
      onSaved(saved);
    } catch (error) {
      setSaving({ status: 'error', error });
    }
  };
  const shown = live.status === 'ready' ? live.preview : live.status === 'counting' ? live.last : undefined;
  return (
    <section className={styles.builder} aria-label={t('segments.builder')}>
      <RadioGroup
        layout="horizontal"
        value={state.match}
        onChange={(_, d) => setState((s) => ({ ...s, match: d.value as 'and' | 'or' }))}
        aria-label={t('segments.match')}
      >
        <Radio value="and" label={t('segments.matchAll')} />
        <Radio value="or" label={t('segments.matchAny')} />
      </RadioGroup>
      {state.rows.map((row) => (
        <ConditionRowEditor
          key={row.id}
          row={row}
          relationTypes={relationTypes}
          errors={errorsByRow.get(row.id) ?? []}
          onChange={(next) =>
            setState((s) => ({ ...s, rows: s.rows.map((r) => (r.id === row.id ? next : r)) }))
          }
          onRemove={() => setState((s) => ({ ...s, rows: s.rows.filter((r) => r.id !== row.id) }))}
        />
      ))}
      <div className={styles.actions}>
        <Button icon={<Add16Regular />} onClick={() => add('fact')}>
          {t('segments.addCondition')}
        </Button>
      </div>
      <div
        className={styles.count}
        aria-live="polite"
        data-live-count={live.status === 'ready' ? live.preview.count : ''}
      >
        {live.status === 'counting' && <Spinner size="extra-tiny" />}
        {shown && (
          <Badge size="large" appearance="filled" color="brand">
            {t('segments.count', { count: shown.count })}
          </Badge>
        )}
        {shown && shown.sample.length > 0 && (
          <Text className={styles.sample}>
            {shown.sample
              .slice(0, 3)
              .map((m) => m.name)
              .join(' · ')}
            {shown.count > 3 ? ' …' : ''}
          </Text>
        )}
        {live.status === 'invalid' && errorsByRow.size === 0 && (
          <Text role="alert">{live.errors.map((e) => e.message).join(' ')}</Text>
        )}
      </div>
      {live.status === 'error' && <ErrorBar error={live.error} />}
      <div className={styles.actions}>
        <Field label={t('segments.name')} required>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Field label={t('segments.shareWith')} hint={t('segments.shareHint')}>
          <Input value={teams} onChange={(_, d) => setTeams(d.value)} />
        </Field>
        <Button
          appearance="primary"
          disabled={
            !definition || name.trim() === '' || live.status === 'invalid' || saving.status === 'saving'
          }
          onClick={() => void save()}
        >
          {t('segments.save')}
        </Button>
      </div>
      {saving.status === 'error' && <ErrorBar error={saving.error} />}
    </section>
  );
};
