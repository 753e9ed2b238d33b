import { makeStyles, tokens } from '@fluentui/react-components';
import { isListField, listChangeSteps, type ElementStep, type FieldChange, type Tier } from '@relais/domain';
import { useTranslation } from 'react-i18next';
import { changeValueText } from './change-value';
import { factLabel, type ReferenceData } from './use-reference-data.hook';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  from: { color: tokens.colorNeutralForeground3 },
  to: { textDecoration: 'none', fontWeight: tokens.fontWeightSemibold },
});

/** The value a change replaces when the requester did not say: the record's current one, where the tier holds it. */
const currentValue = (path: string, current: Tier | undefined): unknown => {
  if (!current) return undefined;
  if (path === 'facts.lifecycle') return current.lifecycle;
  return path.startsWith('facts.') ? undefined : (current as Record<string, unknown>)[path];
};

/** One element-wise step in words: "Adds the address: …", "Replaces the phone … with …", "Removes …". */
const Step = ({ path, step }: { path: string; step: ElementStep }) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const what = t(`card.elements.${path}`, { defaultValue: path });
  const from = <del className={styles.from}>{changeValueText(path, step.from, t)}</del>;
  const to = <ins className={styles.to}>{changeValueText(path, step.to, t)}</ins>;
  if (step.op === 'add')
    return (
      <li data-testid="change" data-op="add">
        {t('card.steps.add', { what })} {to}
      </li>
    );
  if (step.op === 'remove')
    return (
      <li data-testid="change" data-op="remove">
        {t('card.steps.remove', { what })} {from}
      </li>
    );
  return (
    <li data-testid="change" data-op="replace">
      {t('card.steps.replace', { what })} {from} {t('card.steps.with')} {to}
    </li>
  );
};

/**
 * What a change request changes: a list field element by element (what it adds, replaces,
 * removes); any other field with the value before (as the requester saw it, or else as the
 * record has it now) and the value wanted.
 */
export const ChangeSummary = ({
  changes,
  referenceData,
  current,
}: {
  changes: readonly FieldChange[];
  referenceData: ReferenceData | null;
  current?: Tier;
}) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const label = (path: string) =>
    path.startsWith('facts.')
      ? factLabel(referenceData, path.slice(6), i18n.language)
      : t(`card.fields.${path}`, { defaultValue: path });
  return (
    <ul className={styles.list}>
      {changes.flatMap((change, i) => {
        const before = change.from !== undefined ? change.from : currentValue(change.path, current);
        if (isListField(change.path)) {
          const held = Array.isArray(before) ? before : [];
          return listChangeSteps(change, held).map((step, j) => (
            <Step key={`${change.path}-${i}-${j}`} path={change.path} step={step} />
          ));
        }
        return [
          <li key={`${change.path}-${i}`} data-testid="change">
            <strong>{label(change.path)}</strong>
            {t('card.colon')}
            {before !== undefined && (
              <>
                <del className={styles.from}>{changeValueText(change.path, before, t)}</del>
                {' → '}
              </>
            )}
            <ins className={styles.to}>{changeValueText(change.path, change.to, t)}</ins>
          </li>,
        ];
      })}
    </ul>
  );
};
