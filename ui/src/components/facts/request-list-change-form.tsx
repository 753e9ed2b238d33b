import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { elementIdOf, listFieldsOf, type ChangeRequest, type ElementOp, type Tier } from '@relais/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { body as answerBody, type ApiClient } from '../../api/api-client';
import { changeValueText } from '../card/change-value';
import { ErrorBar } from '../feedback/error-bar';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300 },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  grow: { flex: '1 1 10rem', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const PHONE_TYPES = ['switchboard', 'direct', 'mobile', 'fax', 'assistant', 'other'] as const;
const NAME_TYPES = ['legal', 'commercial', 'sign', 'acronym'] as const;

type Element = string | Record<string, unknown>;
type Typed = { text: string; type: string; line: string; postcode: string; city: string };

/** The element the rep typed, as the field stores it; a replaced address keeps its kind and usages. */
const elementOf = (field: string, typed: Typed, replaced: Element | undefined): unknown => {
  const present = (value: string) => (value.trim() === '' ? undefined : value.trim());
  if (field === 'addresses') {
    const old = typeof replaced === 'object' ? replaced : {};
    const line = present(typed.line);
    return {
      kind: old.kind ?? 'postal',
      ...(old.usages ? { usages: old.usages } : {}),
      ...(line ? { lines: [line] } : {}),
      ...(present(typed.postcode) ? { postcode: typed.postcode.trim() } : {}),
      ...(present(typed.city) ? { city: typed.city.trim() } : {}),
      country: old.country ?? 'FR',
    };
  }
  if (field === 'phones') return { type: typed.type || 'other', number: typed.text.trim() };
  if (field === 'names') return { type: typed.type || 'commercial', value: typed.text.trim() };
  return typed.text.trim();
};

const isBlank = (field: string, typed: Typed): boolean =>
  field === 'addresses' ? typed.postcode.trim() === '' && typed.city.trim() === '' : typed.text.trim() === '';

export type RequestListChangeFormProps = {
  api: ApiClient;
  tier: Tier;
  onRequested: (request: ChangeRequest) => void;
  onCancel: () => void;
};

/**
 * "Request a change" of a list (addresses, phones, names, e-mails, e-mail domains): add one
 * element, or replace or remove the one picked. The request names that element and what the rep
 * saw, so approving it changes that element only.
 */
export const RequestListChangeForm = ({ api, tier, onRequested, onCancel }: RequestListChangeFormProps) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const titleId = useId();
  const fields = listFieldsOf(tier.kind);
  const [field, setField] = useState(fields.includes('addresses') ? 'addresses' : fields[0]!);
  const [op, setOp] = useState<ElementOp>('add');
  const [target, setTarget] = useState('');
  const [typed, setTyped] = useState<Typed>({ text: '', type: '', line: '', postcode: '', city: '' });
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<{ target?: string; value?: string }>({});
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const held = ((tier as Record<string, unknown>)[field] as Element[] | undefined) ?? [];
  const replaced = held.find((e) => elementIdOf(e) === target);
  const type = (patch: Partial<Typed>) => setTyped((now) => ({ ...now, ...patch }));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const problems = {
      ...(op !== 'add' && !replaced ? { target: t('facts.list.chooseElement') } : {}),
      ...(op !== 'remove' && isBlank(field, typed) ? { value: t('facts.list.valueRequired') } : {}),
    };
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    setSending(true);
    setError(null);
    try {
      const change = {
        path: field,
        op,
        ...(op !== 'add' ? { id: target, from: replaced } : {}),
        ...(op !== 'remove' ? { to: elementOf(field, typed, replaced) } : {}),
      };
      const body = { tierId: tier.id, changes: [change], ...(reason.trim() ? { reason: reason.trim() } : {}) };
      onRequested(await answerBody(api.POST('/api/change-requests', { body })));
    } catch (failure) {
      setError(failure);
    } finally {
      setSending(false);
    }
  };

  const types = field === 'phones' ? PHONE_TYPES : field === 'names' ? NAME_TYPES : undefined;
  return (
    <form className={styles.form} aria-labelledby={titleId} onSubmit={submit} data-testid="request-list-change-form">
      <h4 id={titleId} className={styles.title}>
        {t('facts.list.title')}
      </h4>
      <div className={styles.line}>
        <Field label={t('facts.list.field')} className={styles.grow}>
          <Select
            value={field}
            onChange={(_, data) => {
              setField(data.value);
              setTarget('');
            }}
          >
            {fields.map((f) => (
              <option key={f} value={f}>
                {t(`card.fields.${f}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('facts.list.op')} className={styles.grow}>
          <Select value={op} onChange={(_, data) => setOp(data.value as ElementOp)}>
            {(['add', 'replace', 'remove'] as const).map((o) => (
              <option key={o} value={o} disabled={o !== 'add' && held.length === 0}>
                {t(`facts.list.ops.${o}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {op !== 'add' && (
        <Field label={t('facts.list.element')} required validationMessage={invalid.target}>
          <Select value={target} onChange={(_, data) => setTarget(data.value)}>
            <option value="">{t('facts.list.choose')}</option>
            {held.map((element) => (
              <option key={elementIdOf(element)} value={elementIdOf(element)}>
                {changeValueText(field, element, t)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {op !== 'remove' &&
        (field === 'addresses' ? (
          <>
            <Field label={t('facts.list.line')}>
              <Input value={typed.line} maxLength={120} onChange={(_, data) => type({ line: data.value })} />
            </Field>
            <div className={styles.line}>
              <Field label={t('facts.list.postcode')} validationMessage={invalid.value}>
                <Input value={typed.postcode} maxLength={10} onChange={(_, data) => type({ postcode: data.value })} />
              </Field>
              <Field label={t('facts.list.city')} className={styles.grow}>
                <Input value={typed.city} maxLength={100} onChange={(_, data) => type({ city: data.value })} />
              </Field>
            </div>
          </>
        ) : (
          <div className={styles.line}>
            <Field label={t('facts.list.newValue')} required className={styles.grow} validationMessage={invalid.value}>
              <Input value={typed.text} maxLength={254} onChange={(_, data) => type({ text: data.value })} />
            </Field>
            {types && (
              <Field label={t('facts.list.type')}>
                <Select value={typed.type || types[0]} onChange={(_, data) => type({ type: data.value })}>
                  {types.map((v) => (
                    <option key={v} value={v}>
                      {t(field === 'phones' ? `card.phoneType.${v}` : `card.names.${v}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
          </div>
        ))}
      <Field label={t('facts.form.reason')} hint={t('facts.form.reasonHint')}>
        <Textarea value={reason} onChange={(_, data) => setReason(data.value)} maxLength={1000} resize="vertical" />
      </Field>
      {Boolean(error) && <ErrorBar error={error} onRetry={() => void submit()} />}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={sending}>
          {sending ? t('facts.form.sending') : t('facts.form.send')}
        </Button>
        <Button type="button" onClick={onCancel} disabled={sending}>
          {t('common:cancel')}
        </Button>
      </div>
    </form>
  );
};
