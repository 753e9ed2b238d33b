import { enqueue } from '../background/enqueue';
import type { Deps } from '../ports/deps';
import { interactionIdOf } from '../use-cases/log-interaction.use-case';
import { lookupEmails } from '../use-cases/lookup-emails.use-case';
import { callerOfRep, hasCapture, updateRecord, type CaptureDeps } from './capture-record';
import type { Mailbox } from './capture.port';
import { CaptureFolder, type CapturedItem, type CaptureRecord, type FolderState, type StoredSuggestion } from './capture.schema';
import { candidateParticipants, skipReason } from './skip-rules';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** One suggestion per rep and item, however often Graph tells of it: the id is the item's. */
export const suggestionIdOf = (deps: Deps, repId: string, source: { kind: string; id: string }): string =>
  deps.ids.fromKey('suggestion', `${repId}\n${source.kind}\n${source.id}`);

const isSuggested = (status: string) => status === 'matched' || status === 'ambiguous';

/**
 * Turns what Graph gave into suggestions: private, draft or cancelled items, internal-only traffic,
 * senders on the rep's list, items logged already (same source) and items nobody known is on are
 * skipped. Participants are looked up as the pane does, with the rep's visibility.
 */
export const captureItems = async (deps: CaptureDeps, record: CaptureRecord, items: readonly CapturedItem[]): Promise<number> => {
  const caller = callerOfRep(record.rep);
  let created = 0;
  for (const item of items) {
    const rules = { internalDomains: deps.config.internalDomains, ...(record.rep.email ? { repEmail: record.rep.email } : {}) };
    const external = candidateParticipants(item.participants, { ...rules, neverSuggest: [] });
    const candidates = candidateParticipants(item.participants, { ...rules, neverSuggest: record.neverSuggest });
    if (skipReason(item, candidates, external.length)) continue;
    const id = suggestionIdOf(deps, record.rep.userId, item.source);
    const [known, logged] = await Promise.all([deps.capture.suggestions.get(record.rep.userId, id), deps.interactions.get(interactionIdOf(deps, item.source))]);
    if (known || logged) continue;
    const { results } = await lookupEmails(deps, caller, { emails: candidates.slice(0, 500).map((p) => p.emailAddress) });
    if (!results.some((r) => isSuggested(r.status))) continue;
    const now = deps.clock.now();
    const suggestion: StoredSuggestion = {
      id,
      repId: record.rep.userId,
      source: item.source,
      itemId: item.itemId,
      subject: item.subject,
      occurredAt: item.occurredAt,
      direction: item.direction,
      medium: item.medium,
      participants: item.participants,
      status: 'open',
      createdAt: now,
      expiresAt: plus(now, deps.capture.settings.expiryDays * DAY_MS),
    };
    if (await deps.capture.suggestions.insert(suggestion)) created += 1;
  }
  return created;
};

const enabledRecord = async (deps: CaptureDeps, repId: string): Promise<{ record: CaptureRecord; mailbox: Mailbox } | undefined> => {
  const record = (await deps.capture.store.record(repId))?.value;
  if (!record?.enabled || !deps.capture.mailboxFor) return undefined;
  return { record, mailbox: deps.capture.mailboxFor(record.rep) };
};

const setFolder = (deps: CaptureDeps, repId: string, folder: CaptureFolder, change: (state: FolderState) => FolderState) =>
  updateRecord(deps, repId, (current) => {
    // A rep who turned capture off meanwhile keeps nothing.
    if (!current?.enabled) return undefined;
    const state = current.folders[folder] ?? { subscriptionId: null, clientState: null, expiresAt: null, deltaLink: null };
    return { ...current, folders: { ...current.folders, [folder]: change(state) } };
  });

/** Reads a folder's changes since its delta link (the first time, the last `lookbackDays`) and files what deserves it. */
export const syncFolder = async (deps: CaptureDeps, repId: string, folder: CaptureFolder): Promise<number> => {
  const found = await enabledRecord(deps, repId);
  if (!found) return 0;
  const deltaLink = found.record.folders[folder]?.deltaLink;
  const since = plus(deps.clock.now(), -deps.capture.settings.lookbackDays * DAY_MS);
  const page = await found.mailbox.delta(folder, deltaLink ? { deltaLink } : { since });
  const created = await captureItems(deps, found.record, page.items);
  await setFolder(deps, repId, folder, (state) => ({ ...state, deltaLink: page.deltaLink }));
  return created;
};

/**
 * Makes sure each folder has a live subscription: kept while far from expiry, renewed near it, created
 * again when Graph lost it (it expired while nothing ran). Then every folder is caught up by delta from
 * where it left off, so nothing that happened meanwhile is missed.
 */
export const captureSubscribe = async (deps: CaptureDeps, repId: string): Promise<void> => {
  const found = await enabledRecord(deps, repId);
  if (!found) return;
  const { settings } = deps.capture;
  const now = deps.clock.now();
  const expiresAt = plus(now, settings.subscriptionHours * HOUR_MS);
  for (const folder of CaptureFolder.options) {
    const state = found.record.folders[folder];
    if (state?.subscriptionId && state.expiresAt && state.expiresAt > plus(now, settings.renewBeforeHours * HOUR_MS)) continue;
    if (state?.subscriptionId && (await found.mailbox.renew(state.subscriptionId, expiresAt)) === 'renewed') {
      await setFolder(deps, repId, folder, (s) => ({ ...s, expiresAt }));
      continue;
    }
    if (state?.subscriptionId) await deps.capture.store.removeSubscription(state.subscriptionId);
    const clientState = deps.ids.newId();
    const created = await found.mailbox.subscribe(folder, clientState, expiresAt);
    await deps.capture.store.putSubscription({ subscriptionId: created.id, repId, folder, clientState });
    await setFolder(deps, repId, folder, (s) => ({ ...s, subscriptionId: created.id, clientState, expiresAt: created.expiresAt }));
  }
  for (const folder of CaptureFolder.options) await syncFolder(deps, repId, folder);
};

/** After an opt-out: Graph stops notifying, and the subscriptions are forgotten. */
export const captureUnsubscribe = async (deps: CaptureDeps, repId: string, subscriptionIds: readonly string[]): Promise<void> => {
  const record = (await deps.capture.store.record(repId))?.value;
  const mailbox = record && deps.capture.mailboxFor?.(record.rep);
  for (const id of subscriptionIds) {
    await mailbox?.unsubscribe(id);
    await deps.capture.store.removeSubscription(id);
  }
};

export type LifecycleEvent = 'reauthorizationRequired' | 'subscriptionRemoved' | 'missed';

/** A validated notification, off the queue: a change is read by delta; a lifecycle event renews or recreates first. */
export const handleCaptureNotification = async (deps: Deps, subscriptionId: string, lifecycleEvent?: LifecycleEvent): Promise<void> => {
  if (!hasCapture(deps)) return;
  const ref = await deps.capture.store.subscription(subscriptionId);
  if (!ref) return;
  if (lifecycleEvent === 'subscriptionRemoved') {
    await setFolder(deps, ref.repId, ref.folder, (s) => ({ ...s, subscriptionId: null, clientState: null, expiresAt: null }));
    await deps.capture.store.removeSubscription(subscriptionId);
    return captureSubscribe(deps, ref.repId);
  }
  if (lifecycleEvent === 'reauthorizationRequired') {
    await setFolder(deps, ref.repId, ref.folder, (s) => ({ ...s, expiresAt: deps.clock.now() }));
    return captureSubscribe(deps, ref.repId);
  }
  await syncFolder(deps, ref.repId, ref.folder);
};

/** The renewal timer's part: the reps whose subscriptions are missing or near expiry. */
export const repsToRenew = async (deps: Deps): Promise<string[]> => {
  if (!hasCapture(deps)) return [];
  const limit = plus(deps.clock.now(), deps.capture.settings.renewBeforeHours * HOUR_MS);
  const records = await deps.capture.store.records();
  return records
    .filter((r) => r.enabled && CaptureFolder.options.some((f) => !r.folders[f]?.subscriptionId || (r.folders[f]?.expiresAt ?? '') <= limit))
    .map((r) => r.rep.userId);
};

/**
 * The renewal timer: each rep whose subscriptions are missing or near expiry gets a `capture.subscribe`
 * (renew, or create again and catch up by delta). Reads one small partition, never a mailbox.
 */
export const renewCapture = async (deps: Deps): Promise<number> => {
  const reps = await repsToRenew(deps);
  for (const repId of reps) {
    if (deps.background) await enqueue({ ...deps, background: deps.background }, { kind: 'capture.subscribe', repId });
    else if (hasCapture(deps)) await captureSubscribe(deps, repId);
  }
  return reps.length;
};
