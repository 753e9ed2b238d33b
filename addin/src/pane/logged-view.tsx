import type { Interaction } from '@relais/domain';
import { Button, Checkbox, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { BuildingRegular, PersonRegular } from '@fluentui/react-icons';
import { isApiProblem } from '@relais/ui/api';
import { paneProblem } from './pane-problem';
import { FollowUpTasks, type FollowUpRow, TierSearch } from '@relais/ui/components/interaction-form';
import { ErrorBar } from '@relais/ui/components/shared';
import { addressOptions, mergeOptions, TierChip, type AddressMatch, type TierOption } from '@relais/ui/components/tier-match';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { colleagueUsers } from './item-parties';
import { usePane } from './pane-context';
import { usePaneStyles } from './pane-styles';

export type LoggedNotice = 'opened' | 'created' | 'existing';

/** Every tier the item's addresses point to (candidates of ambiguous ones included): what may be added. */
const tiersOnItem = (matches: AddressMatch[]): TierOption[] =>
  mergeOptions(
    matches.flatMap((match) => {
      const { choices, options } = addressOptions(match, undefined);
      return [...choices, ...options, ...match.persons.flatMap((p) => p.organisations)];
    }),
  );

/** An item logged already: by whom, when, against which tiers; tiers and follow-ups can be added, never a duplicate. */
export const LoggedView = ({
  interaction,
  notice,
  matches,
  onChange,
}: {
  interaction: Interaction;
  notice: LoggedNotice;
  matches: AddressMatch[];
  onChange: (interaction: Interaction) => void;
}) => {
  const styles = usePaneStyles();
  const { api, user, lang } = usePane();
  const { t } = useTranslation();
  const [found, setFound] = useState<TierOption[]>([]);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [followUps, setFollowUps] = useState<FollowUpRow[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const [message, setMessage] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const inFlight = useRef(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  // The Log button the keyboard was on is gone: the focus goes to what replaced it.
  useEffect(() => {
    if (notice !== 'opened') noticeRef.current?.focus();
  }, [notice]);

  const linked = new Set(interaction.participants.map((p) => p.tierId));
  const colleagues = useMemo(() => colleagueUsers(matches, user.emailAddress), [matches, user.emailAddress]);
  const candidates = useMemo(
    () => mergeOptions([...tiersOnItem(matches), ...found]),
    [matches, found],
  ).filter((o) => !linked.has(o.tier.id));
  const date = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(interaction.createdAt));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (inFlight.current) return;
    const participants = [...ticked].filter((id) => !linked.has(id)).map((tierId) => ({ tierId }));
    const tasks = followUps
      .filter((row) => row.title.trim() !== '')
      .map((row) => ({
        title: row.title.trim(),
        ...(row.dueDate && { dueDate: row.dueDate }),
        ...(row.assigneeId && { assigneeId: row.assigneeId }),
      }));
    if (participants.length === 0 && tasks.length === 0) {
      setMessage(t('logged.nothingToAdd'));
      return;
    }
    inFlight.current = true;
    setSending(true);
    setFailure(undefined);
    setMessage(undefined);
    try {
      onChange(
        await api.addTo(interaction.id, {
          ...(participants.length > 0 && { participants }),
          ...(tasks.length > 0 && { tasks }),
        }),
      );
      setTicked(new Set());
      setFollowUps([]);
      setMessage(t('logged.added'));
    } catch (error) {
      setFailure(error);
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  return (
    <div className={styles.view}>
      <MessageBar intent={notice === 'created' ? 'success' : 'info'} layout="multiline" role="status">
        <MessageBarBody>
          {t(
            { created: 'logged.justLogged', existing: 'logged.notTwice', opened: 'logged.alreadyLogged' }[
              notice
            ],
          )}
        </MessageBarBody>
      </MessageBar>
      <section className={styles.section} aria-labelledby="logged-heading">
        <Text>{t('logged.by', { name: interaction.performedByName, date })}</Text>
        <h2 id="logged-heading" className={styles.heading}>
          {t('logged.against')}
        </h2>
        <ul aria-labelledby="logged-heading" style={{ margin: 0, paddingLeft: '1.2em' }}>
          {interaction.participants.map((p) => (
            <li key={p.tierId} data-tier-id={p.tierId}>
              {p.kind === 'person' ? <PersonRegular aria-hidden /> : <BuildingRegular aria-hidden />} {p.name}
            </li>
          ))}
        </ul>
        {interaction.taskIds.length > 0 && (
          <Text size={200}>{t('logged.followUps', { count: interaction.taskIds.length })}</Text>
        )}
        {interaction.changeRequestIds.length > 0 && (
          <Text size={200}>{t('logged.changeRequests', { count: interaction.changeRequestIds.length })}</Text>
        )}
      </section>
      <section className={styles.section} aria-labelledby="add-heading">
        <h2 id="add-heading" className={styles.heading}>
          {t('logged.addTitle')}
        </h2>
        {candidates.length > 0 && (
          <div role="group" aria-label={t('logged.addTiers')}>
            <Text size={200} className={styles.muted}>
              {t('logged.addTiers')}
            </Text>
            {candidates.map((option) => (
              <Checkbox
                key={option.tier.id}
                checked={ticked.has(option.tier.id)}
                onChange={(_, data) =>
                  setTicked((current) => {
                    const next = new Set(current);
                    if (data.checked === true) next.add(option.tier.id);
                    else next.delete(option.tier.id);
                    return next;
                  })
                }
                label={<TierChip tier={option.tier} evidence={option.evidence} />}
              />
            ))}
          </div>
        )}
        <TierSearch
          search={api.searchTiers}
          added={new Set([...linked, ...ticked])}
          onAdd={(tier) => {
            setFound((current) => [...current, { tier, evidence: [{ code: 'added', detail: '' }] }]);
            setTicked((current) => new Set(current).add(tier.id));
          }}
        />
      </section>
      <form className={styles.view} onSubmit={submit} noValidate aria-label={t('logged.addTitle')}>
        <FollowUpTasks
          rows={followUps}
          assigneeName={user.displayName || user.emailAddress}
          colleagues={colleagues}
          onChange={setFollowUps}
        />
        <div className={styles.footer}>
          {message && (
            <Text role="status" weight="semibold">
              {message}
            </Text>
          )}
          {failure !== undefined && (
            <ErrorBar
              message={paneProblem(failure, t)}
              onRetry={!isApiProblem(failure) || failure.retryable ? () => void submit() : undefined}
              retrying={sending}
            />
          )}
          <Button appearance="primary" type="submit" disabled={sending}>
            {sending ? t('logged.adding') : t('logged.addButton')}
          </Button>
        </div>
      </form>
    </div>
  );
};
