import { enqueue } from '../background/enqueue';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import type { Deps } from '../ports/deps';
import { captureSubscribe, captureUnsubscribe } from './capture-sync.use-case';
import { captureRepOf, requireCapture, updateRecord } from './capture-record';
import { CaptureSettings, type CaptureRecord } from './capture.schema';

const settingsOf = (record: CaptureRecord | undefined): CaptureSettings => ({ enabled: record?.enabled ?? false, neverSuggest: record?.neverSuggest ?? [] });

/** The caller's own capture settings: off until they turn it on. */
export const getCaptureSettings = async (deps: Deps, caller: Caller): Promise<CaptureSettings> => {
  const capture = requireCapture(deps);
  return settingsOf((await capture.capture.store.record(caller.userId))?.value);
};

/**
 * Turns capture on (subscriptions and a first read are queued) or off (subscriptions deleted, the
 * delta links and open suggestions dropped: nothing more is read or kept), and sets the list of
 * senders never suggested.
 */
export const putCaptureSettings = async (deps: Deps, caller: Caller, input: unknown): Promise<CaptureSettings> => {
  const capture = requireCapture(deps);
  const settings = parseInput(CaptureSettings, input);
  const neverSuggest = [...new Set(settings.neverSuggest)];
  let before: CaptureRecord | undefined;
  const saved = await updateRecord(capture, caller.userId, (current) => {
    before = current;
    return {
      enabled: settings.enabled,
      neverSuggest,
      rep: captureRepOf(caller),
      updatedAt: deps.clock.now(),
      folders: settings.enabled ? (current?.folders ?? {}) : {},
    };
  });
  const dropped = Object.values(before?.folders ?? {}).flatMap((f) => (f?.subscriptionId ? [f.subscriptionId] : []));
  if (!settings.enabled && before?.enabled) {
    const open = await capture.capture.suggestions.ofRep(caller.userId);
    await Promise.all(open.map((s) => capture.capture.suggestions.remove(caller.userId, s.id)));
    if (deps.background) await enqueue({ ...deps, background: deps.background }, { kind: 'capture.unsubscribe', repId: caller.userId, subscriptionIds: dropped });
    else await captureUnsubscribe(capture, caller.userId, dropped);
  }
  if (settings.enabled) {
    if (deps.background) await enqueue({ ...deps, background: deps.background }, { kind: 'capture.subscribe', repId: caller.userId });
    else await captureSubscribe(capture, caller.userId);
  }
  return settingsOf(saved);
};
