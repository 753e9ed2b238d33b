import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import type { ChangeRequest, FactView } from '@relais/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { body, type ApiClient } from '../../api/api-client';
import type { FactDefinitionView } from '../card/use-reference-data.hook';
import { ErrorBar } from '../feedback/error-bar';
import { useFactValueText } from './fact-value';

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
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type RequestChangeFormProps = {
  api: ApiClient;
  tierId: string;
  fact: FactView;
  label: string;
  definition: FactDefinitionView | undefined;
  onRequested: (request: ChangeRequest) => void;
  onCancel: () => void;
};

/**
 * "Request a change" of a dated fact: the value the rep saw travels as `from`, so an approval
 * cannot silently overwrite a value changed in the meantime.
 */
export const RequestChangeForm = ({
  api,
  tierId,
  fact,
  label,
  definition,
  onRequested,
  onCancel,
}: RequestChangeFormProps) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const valueText = useFactValueText();
  const titleId = useId();
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const choices = definition?.values.enum;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const to = value.trim();
    if (!to) return setInvalid(t('facts.form.required'));
    if (to === String(fact.value)) return setInvalid(t('facts.form.same'));
    setInvalid(null);
    setSending(true);
    setError(null);
    try {
      const draft = {
        tierId,
        changes: [{ path: `facts.${fact.name}`, from: fact.value, to }],
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      };
      onRequested(await body(api.POST('/api/change-requests', { body: draft })));
    } catch (failure) {
      setError(failure);
    } finally {
      setSending(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={titleId}
      onSubmit={submit}
      data-testid="request-change-form"
    >
      <h4 id={titleId} className={styles.title}>
        {t('facts.form.title', { fact: label })}
      </h4>
      <span>{t('facts.form.current', { value: valueText(fact.name, fact.value) })}</span>
      <Field label={t('facts.form.newValue')} required validationMessage={invalid ?? undefined}>
        {choices ? (
          <Select value={value} onChange={(_, data) => setValue(data.value)}>
            <option value="">{t('facts.form.choose')}</option>
            {choices.map((choice) => (
              <option key={choice} value={choice} disabled={choice === String(fact.value)}>
                {valueText(fact.name, choice)}
              </option>
            ))}
          </Select>
        ) : (
          <Input value={value} onChange={(_, data) => setValue(data.value)} maxLength={200} />
        )}
      </Field>
      <Field label={t('facts.form.reason')} hint={t('facts.form.reasonHint')}>
        <Textarea
          value={reason}
          onChange={(_, data) => setReason(data.value)}
          maxLength={1000}
          resize="vertical"
        />
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
