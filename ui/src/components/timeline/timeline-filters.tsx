import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { MEDIA } from '@relais/domain/browser';
import type { TimelineFilters } from './use-timeline.hook';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    border: 0,
    padding: 0,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
  field: { flex: '1 1 9rem', minWidth: 0 },
  legend: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

export const TimelineFilterBar = ({
  value,
  onChange,
}: {
  value: TimelineFilters;
  onChange: (next: TimelineFilters) => void;
}) => {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <fieldset className={styles.row}>
      <legend className={styles.legend}>{t('timeline.filters')}</legend>
      <Field label={t('timeline.medium')} className={styles.field} size="small">
        <Select
          value={value.medium}
          onChange={(_, data) => onChange({ ...value, medium: data.value })}
          data-testid="timeline-medium"
        >
          <option value="">{t('timeline.allMedia')}</option>
          {MEDIA.map((m) => (
            <option key={m} value={m}>
              {t(`common:medium.${m}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('timeline.direction')} className={styles.field} size="small">
        <Select
          value={value.direction}
          onChange={(_, data) =>
            onChange({
              ...value,
              direction: data.value === 'inbound' || data.value === 'outbound' ? data.value : '',
            })
          }
          data-testid="timeline-direction"
        >
          <option value="">{t('timeline.bothDirections')}</option>
          <option value="inbound">{t('common:direction.inbound')}</option>
          <option value="outbound">{t('common:direction.outbound')}</option>
        </Select>
      </Field>
    </fieldset>
  );
};
