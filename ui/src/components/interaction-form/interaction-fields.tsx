import { Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Direction, Medium } from '@relais/domain';
import { useTranslation } from 'react-i18next';
import { MEDIA } from '@relais/domain/browser';

export type InteractionFieldValues = {
  medium: Medium;
  direction: Direction;
  purpose: string;
  outcome: string;
  summary: string;
};

export type InteractionFieldErrors = Partial<Record<keyof InteractionFieldValues, string>>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The structured part of an interaction the rep may adjust: all one-liners, all optional but the medium and direction. */
export const InteractionFields = ({
  values,
  errors = {},
  onChange,
}: {
  values: InteractionFieldValues;
  errors?: InteractionFieldErrors;
  onChange: (patch: Partial<InteractionFieldValues>) => void;
}) => {
  const styles = useStyles();
  const { t } = useTranslation('interaction-form');
  const text = (name: 'purpose' | 'outcome' | 'summary', max: number) => (
    <Field label={t(name)} validationMessage={errors[name]}>
      <Input
        value={values[name]}
        maxLength={max}
        placeholder={t(`${name}Placeholder`)}
        onChange={(_, data) => onChange({ [name]: data.value })}
        autoComplete="off"
      />
    </Field>
  );
  return (
    <div className={styles.root}>
      <Field label={t('medium')} validationMessage={errors.medium}>
        <Select value={values.medium} onChange={(_, data) => onChange({ medium: data.value as Medium })}>
          {MEDIA.map((medium) => (
            <option key={medium} value={medium}>
              {t(`common:medium.${medium}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('direction')} hint={t('directionHint')} validationMessage={errors.direction}>
        <RadioGroup
          layout="horizontal"
          value={values.direction}
          onChange={(_, data) => onChange({ direction: data.value as Direction })}
        >
          <Radio value="inbound" label={t('common:direction.inbound')} />
          <Radio value="outbound" label={t('common:direction.outbound')} />
        </RadioGroup>
      </Field>
      {text('purpose', 300)}
      {text('outcome', 1000)}
      {text('summary', 8000)}
    </div>
  );
};
