import { Button, Checkbox, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Direction, Medium, TierSummary } from '@relais/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { body, type ApiClient } from '../../api/api-client';
import { isApiProblem } from '../../api/api-problem';
import { problemMessage } from '../../api/problem-message';
import { placeApiErrors } from '../interaction-form/api-field-errors';
import { FollowUpTasks, type FollowUpRow } from '../interaction-form/follow-up-tasks';
import {
  InteractionFields,
  type InteractionFieldErrors,
  type InteractionFieldValues,
} from '../interaction-form/interaction-fields';
import { TierSearch } from '../interaction-form/tier-search';
import { ErrorBar } from '../shared/error-bar';
import { localDateTime } from './local-date-time';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    border: 'none',
    margin: 0,
    padding: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  footer: { display: 'flex', gap: tokens.spacingHorizontalS, justifyContent: 'flex-end', flexWrap: 'wrap' },
});

type Problems = {
  fields: InteractionFieldErrors;
  occurredAt?: string;
  subject?: string;
  participants?: string;
  followUps: Record<string, string>;
};
const none = (): Problems => ({ fields: {}, followUps: {} });
/** The server's problem `errors`, each put beside the field it names. */
const fromApi = (error: unknown, followUps: readonly FollowUpRow[]): Problems => {
  const { fields, followUps: rows, others } = placeApiErrors(error, followUps);
  return { fields, followUps: rows, occurredAt: others.occurredAt, subject: others.subject, participants: others.participants };
};
const hasAny = (p: Problems) =>
  Object.keys(p.fields).length > 0 ||
  Object.keys(p.followUps).length > 0 ||
  !!(p.occurredAt ?? p.subject ?? p.participants);

export type CardLogFormProps = {
  api: ApiClient;
  /** The card's tier, ticked from the start. */
  tier: TierSummary;
  /** The organisation's people, offered to tick. */
  people: readonly TierSummary[];
  medium: Medium;
  direction: Direction;
  onLogged: () => void;
  onCancel: () => void;
};

/** A call, a visit or a letter logged from the card, through the same `POST /api/interactions` as the pane. */
export const CardLogForm = ({
  api,
  tier,
  people,
  medium,
  direction,
  onLogged,
  onCancel,
}: CardLogFormProps) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const [occurredAt, setOccurredAt] = useState(() => localDateTime(new Date()));
  const [subject, setSubject] = useState('');
  const [fields, setFields] = useState<InteractionFieldValues>({
    medium,
    direction,
    purpose: '',
    outcome: '',
    summary: '',
  });
  const [offered, setOffered] = useState<TierSummary[]>(() => [
    tier,
    ...people.filter((p) => p.id !== tier.id),
  ]);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set([tier.id]));
  const [followUps, setFollowUps] = useState<FollowUpRow[]>([]);
  const [problems, setProblems] = useState<Problems>(none);
  const [failure, setFailure] = useState<unknown>();
  const [sending, setSending] = useState(false);
  const inFlight = useRef(false);
  // One key for every retry of this form: a retried log is one interaction, never two.
  const idempotencyKey = useRef(crypto.randomUUID());

  const tick = (id: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const check = (): Problems => {
    const found = none();
    if (occurredAt === '' || Number.isNaN(new Date(occurredAt).getTime()))
      found.occurredAt = t('card.log.whenRequired');
    else if (new Date(occurredAt).getTime() > Date.now() + 60_000)
      found.occurredAt = t('card.log.whenFuture');
    if (ticked.size === 0) found.participants = t('card.log.participantsRequired');
    for (const row of followUps)
      if (row.title.trim() === '') found.followUps[row.key] = t('interaction-form:taskTitleRequired');
    return found;
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (inFlight.current) return;
    const found = check();
    setProblems(found);
    if (hasAny(found)) return;
    inFlight.current = true;
    setSending(true);
    setFailure(undefined);
    const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
    try {
      await body(
        api.POST('/api/interactions', {
          params: { header: { 'Idempotency-Key': idempotencyKey.current } },
          body: {
            medium: fields.medium,
            direction: fields.direction,
            occurredAt: new Date(occurredAt).toISOString(),
            subject: text(subject),
            purpose: text(fields.purpose),
            outcome: text(fields.outcome),
            summary: text(fields.summary),
            participants: offered.filter((o) => ticked.has(o.id)).map((o) => ({ tierId: o.id })),
            tasks: followUps.map((row) => ({
              title: row.title.trim(),
              ...(row.dueDate && { dueDate: row.dueDate }),
              ...(row.assigneeId && { assigneeId: row.assigneeId }),
            })),
          },
        }),
      );
      onLogged();
    } catch (error) {
      setFailure(error);
      setProblems(fromApi(error, followUps));
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  const retryable = failure !== undefined && (!isApiProblem(failure) || failure.retryable);
  return (
    <div className={styles.form}>
      <form
        id="card-log-form"
        className={styles.form}
        onSubmit={submit}
        noValidate
        aria-label={t(`card.log.title.${medium}`)}
      >
        <Field label={t('card.log.when')} required validationMessage={problems.occurredAt}>
          <Input type="datetime-local" value={occurredAt} onChange={(_, data) => setOccurredAt(data.value)} />
        </Field>
        <Field label={t('card.log.subject')} validationMessage={problems.subject}>
          <Input
            value={subject}
            maxLength={500}
            onChange={(_, data) => setSubject(data.value)}
            autoComplete="off"
          />
        </Field>
        <InteractionFields
          values={fields}
          errors={problems.fields}
          onChange={(patch) => setFields((current) => ({ ...current, ...patch }))}
        />
        <fieldset className={styles.group} data-testid="log-participants">
          <legend className={styles.legend}>{t('card.log.participants')}</legend>
          {offered.map((option) => (
            <Checkbox
              key={option.id}
              checked={ticked.has(option.id)}
              onChange={(_, data) => tick(option.id, data.checked === true)}
              label={option.jobTitle ? `${option.name} — ${option.jobTitle}` : option.name}
            />
          ))}
          {problems.participants && (
            <Text role="alert" weight="semibold">
              {problems.participants}
            </Text>
          )}
        </fieldset>
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t('interaction-form:followUps')}</legend>
          <FollowUpTasks
            rows={followUps}
            assigneeName=""
            errors={problems.followUps}
            onChange={setFollowUps}
          />
        </fieldset>
      </form>
      {/* Outside the form above: the search is a form of its own, and forms do not nest. */}
      <TierSearch
        search={async (q) =>
          (await body(api.GET('/api/tiers', { params: { query: { q, limit: 8 } } }))).items
        }
        added={ticked}
        onAdd={(found) => {
          setOffered((current) => (current.some((o) => o.id === found.id) ? current : [...current, found]));
          tick(found.id, true);
        }}
      />
      {failure !== undefined && !hasAny(problems) && (
        <ErrorBar
          message={problemMessage(failure, t)}
          onRetry={retryable ? () => void submit() : undefined}
          retrying={sending}
        />
      )}
      {hasAny(problems) && (
        <Text role="alert" weight="semibold" data-testid="log-problems">
          {t('card.log.fix')}
        </Text>
      )}
      <div className={styles.footer}>
        <Button onClick={onCancel}>{t('card.log.cancel')}</Button>
        {/* Focusable while sending: a disabled button drops focus to the page, and the dialog could not give it back. */}
        <Button appearance="primary" type="submit" form="card-log-form" disabledFocusable={sending}>
          {sending ? t('card.log.saving') : t('card.log.save')}
        </Button>
      </div>
    </div>
  );
};
