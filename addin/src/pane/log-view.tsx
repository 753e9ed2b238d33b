import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { isApiProblem } from '@relais/ui/api';
import { ChangeRequestEditor, toChangeRequest, type ChangeRow, FollowUpTasks, type FollowUpRow, InteractionFields, type InteractionFieldValues } from '@relais/ui/components/interaction-form';
import { ErrorBar } from '@relais/ui/components/shared';
import { isUndecided, type AddressMatch } from '@relais/ui/components/tier-match';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogOutcome } from '../api/relais-api';
import { inferDirection, type OutlookItemSnapshot } from '../office';
import { buildDraft } from './build-draft';
import { loadCurrentValues } from './current-values';
import type { ResolvedSource } from './item-source';
import { byEmail, colleagueUsers, colleaguesOn, itemParties, matchFor, orderForReview } from './item-parties';
import { checkLog, hasProblems, noProblems, problemsFromApi, type LogProblems } from './log-problems';
import { newKey } from './new-key';
import { usePane } from './pane-context';
import { paneProblem } from './pane-problem';
import { usePaneStyles } from './pane-styles';
import { TiersSection } from './tiers-section';
import { useSelection } from './use-selection.hook';

const listNames = (names: string[]): string =>
  names.length > 3 ? `${names.slice(0, 3).join(', ')}… (+${names.length - 3})` : names.join(', ');

/** Logging an item not logged yet: who (ticked tiers), how and why (one-liners), what next (follow-ups, changes). */
export const LogView = ({
  item,
  source,
  matches,
  onLogged,
}: {
  item: OutlookItemSnapshot;
  source: ResolvedSource;
  matches: AddressMatch[];
  onLogged: (outcome: LogOutcome) => void;
}) => {
  const styles = usePaneStyles();
  const { api, user } = usePane();
  const { t } = useTranslation();
  const parties = useMemo(() => itemParties(item), [item]);
  const [created, setCreated] = useState<ReadonlyMap<string, AddressMatch>>(new Map());
  const results = useMemo(() => new Map([...byEmail(matches), ...created]), [matches, created]);
  const picked = useSelection(matches);
  const { selection } = picked;
  const [fields, setFields] = useState<InteractionFieldValues>(() => ({
    medium: item.itemType === 'message' ? 'email' : 'meeting',
    direction: inferDirection(item, user.emailAddress),
    purpose: '',
    outcome: '',
    summary: '',
  }));
  const [followUps, setFollowUps] = useState<FollowUpRow[]>([]);
  const [changes, setChanges] = useState<ChangeRow[]>([]);
  const [problems, setProblems] = useState<LogProblems>(noProblems);
  const [failure, setFailure] = useState<unknown>();
  const [sending, setSending] = useState(false);
  // A ref, not state: a double click lands before React re-renders the disabled button.
  const inFlight = useRef(false);
  // Without a source (an unsaved meeting), this key makes the retries of one log a single interaction.
  const idempotencyKey = useRef(source.source ? undefined : newKey());

  const tiers = [...selection.tiers.values()].map((option) => option.tier);
  const assignees = useMemo(() => colleagueUsers(matches, user.emailAddress), [matches, user.emailAddress]);
  const undecided = orderForReview(parties, results).filter((party) => {
    const match = matchFor(party, results);
    return isUndecided(match, selection.choices[match.email]);
  }).length;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (inFlight.current) return;
    const found = checkLog({
      tiers,
      followUps,
      changes,
      titleRequired: t('interaction-form:taskTitleRequired'),
    });
    setProblems(found);
    if (hasProblems(found)) return;
    inFlight.current = true;
    setSending(true);
    setFailure(undefined);
    try {
      const current = await loadCurrentValues(api, changes, new Set(tiers.map((tier) => tier.id)));
      const requests = changes.map((row) => {
        const name = tiers.find((candidate) => candidate.id === row.tierId)?.name ?? '';
        const values = current.get(row.tierId)!;
        const company = (values.employments ?? []).map((e) => e.organisationName).join(', ');
        return toChangeRequest(row, values, t('interaction-form:leftReason', { name, company }));
      });
      const nothingToEnd = changes.filter((_, i) => requests[i] === undefined);
      if (nothingToEnd.length > 0) {
        setProblems({ ...noProblems(), changes: Object.fromEntries(nothingToEnd.map((row) => [row.key, 'employer' as const])) });
        return;
      }
      const changeRequests = requests.filter((request) => request !== undefined);
      const draft = buildDraft({
        item,
        fields,
        tierIds: tiers.map((tier) => tier.id),
        colleagues: colleaguesOn(parties, results, user.emailAddress),
        followUps,
        changeRequests,
        now: new Date(),
        source: source.source,
      });
      onLogged(await api.log(draft, idempotencyKey.current));
    } catch (error) {
      setFailure(error);
      setProblems(problemsFromApi(error, followUps));
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  const retryable = failure !== undefined && (!isApiProblem(failure) || failure.retryable);
  return (
    <div className={styles.view}>
      {!source.source && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('item.noSource')}</MessageBarBody>
        </MessageBar>
      )}
      {source.fallback && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('item.meetingIdFallback')}</MessageBarBody>
        </MessageBar>
      )}
      <TiersSection
        heading={t('participants.title')}
        parties={parties}
        results={results}
        picked={picked}
        onCreated={(match) => setCreated((current) => new Map(current).set(match.email.toLowerCase(), match))}
      />
      {/* Not around the participants: their own forms (new contact, search) must not nest in this one. */}
      <form className={styles.view} onSubmit={submit} aria-label={t('title')} noValidate>
        <section className={styles.section} aria-labelledby="details-heading">
          <h2 id="details-heading" className={styles.heading}>
            {t('details')}
          </h2>
          <InteractionFields
            values={fields}
            errors={problems.fields}
            onChange={(patch) => setFields((current) => ({ ...current, ...patch }))}
          />
        </section>
        <section className={styles.section} aria-labelledby="follow-ups-heading">
          <h2 id="follow-ups-heading" className={styles.heading}>
            {t('interaction-form:followUps')}
          </h2>
          <FollowUpTasks
            rows={followUps}
            assigneeName={user.displayName || user.emailAddress}
            colleagues={assignees}
            errors={problems.followUps}
            onChange={setFollowUps}
          />
        </section>
        <section className={styles.section} aria-labelledby="changes-heading">
          <h2 id="changes-heading" className={styles.heading}>
            {t('interaction-form:changes')}
          </h2>
          <ChangeRequestEditor
            rows={changes}
            tiers={tiers}
            problems={problems.changes}
            onChange={setChanges}
          />
        </section>
        <div className={styles.footer}>
          <Text size={200} aria-live="polite">
            {tiers.length === 0
              ? t('selection.none')
              : t('selection.count', {
                  count: tiers.length,
                  names: listNames(tiers.map((tier) => tier.name)),
                })}
            {undecided > 0 && ` ${t('selection.undecided', { count: undecided })}`}
          </Text>
          {problems.selection && (
            <Text role="alert" weight="semibold">
              {problems.selection === 'nothing'
                ? t('log.nothingSelected')
                : t('log.tooMany', { count: tiers.length - 100 })}
            </Text>
          )}
          {failure !== undefined && (
            <ErrorBar
              message={paneProblem(failure, t)}
              onRetry={retryable ? () => void submit() : undefined}
              retrying={sending}
            />
          )}
          <Button appearance="primary" type="submit" disabled={sending}>
            {sending ? t('log.logging') : t('log.button')}
          </Button>
        </div>
      </form>
    </div>
  );
};
