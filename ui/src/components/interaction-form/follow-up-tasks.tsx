import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';

/**
 * A follow-up being typed; `key` keeps React's identity while rows are added and removed.
 * `assigneeId` is a colleague's user id; absent or '' for the rep.
 */
export type FollowUpRow = { key: string; title: string; dueDate: string; assigneeId?: string };

/** A colleague a follow-up can be assigned to: a Relais user. */
export type Assignee = { id: string; name: string };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `2px solid ${tokens.colorBrandStroke2}`,
  },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  grow: { flexGrow: 1 },
});

let counter = 0;
export const newFollowUp = (): FollowUpRow => ({
  key: `f${(counter += 1)}`,
  title: '',
  dueDate: '',
  assigneeId: '',
});

/**
 * Follow-up tasks (title, due date, assignee). The assignee is the rep unless they hand it to a
 * colleague: it lands in that person's to-do list.
 */
export const FollowUpTasks = ({
  rows,
  assigneeName,
  colleagues = [],
  errors = {},
  onChange,
}: {
  rows: FollowUpRow[];
  assigneeName: string;
  /** Colleagues the rep may assign a follow-up to instead. */
  colleagues?: Assignee[];
  /** By row key. */
  errors?: Record<string, string>;
  onChange: (rows: FollowUpRow[]) => void;
}) => {
  const styles = useStyles();
  const { t } = useTranslation('interaction-form');
  const update = (key: string, patch: Partial<FollowUpRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <div className={styles.root}>
      {rows.map((row, index) => (
        <div
          key={row.key}
          role="group"
          className={styles.row}
          aria-label={t('followUpTitle', { n: index + 1 })}
        >
          <Field label={t('taskTitle')} required validationMessage={errors[row.key]}>
            <Input
              value={row.title}
              maxLength={200}
              onChange={(_, data) => update(row.key, { title: data.value })}
              autoComplete="off"
            />
          </Field>
          <div className={styles.line}>
            <Field label={t('dueDate')} className={styles.grow}>
              <Input
                type="date"
                value={row.dueDate}
                onChange={(_, data) => update(row.key, { dueDate: data.value })}
              />
            </Field>
            <Button
              icon={<DeleteRegular />}
              aria-label={t('removeFollowUp', { n: index + 1 })}
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            />
          </div>
          {colleagues.length === 0 ? (
            <Text size={200}>{t('assignedToMe', { name: assigneeName })}</Text>
          ) : (
            <Field label={t('assignee')}>
              <Select
                value={row.assigneeId ?? ''}
                onChange={(_, data) => update(row.key, { assigneeId: data.value })}
              >
                <option value="">{t('me', { name: assigneeName })}</option>
                {colleagues.map((colleague) => (
                  <option key={colleague.id} value={colleague.id}>
                    {colleague.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </div>
      ))}
      <div>
        <Button icon={<AddRegular />} onClick={() => onChange([...rows, newFollowUp()])}>
          {t('addFollowUp')}
        </Button>
      </div>
    </div>
  );
};
