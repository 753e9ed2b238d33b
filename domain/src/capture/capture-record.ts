import { DomainError } from '../errors/domain-error';
import type { Caller } from '../model/caller';
import type { Deps } from '../ports/deps';
import type { CapturePorts } from './capture.port';
import type { CaptureRecord, CaptureRep } from './capture.schema';

export type CaptureDeps = Deps & { capture: CapturePorts };

export const hasCapture = (deps: Deps): deps is CaptureDeps => deps.capture !== undefined;

export const requireCapture = (deps: Deps): CaptureDeps => {
  if (!hasCapture(deps)) throw new DomainError('ROUTE.NOT_FOUND', 'not-found', 'Suggested logs are not set up on this deployment.');
  return deps;
};

export const captureRepOf = (caller: Caller): CaptureRep => ({
  userId: caller.userId,
  name: caller.name,
  ...(caller.email ? { email: caller.email } : {}),
  roles: caller.roles,
  teams: caller.teams,
});

export const callerOfRep = (rep: CaptureRep): Caller => ({ ...rep, lang: 'en' });

const isStale = (error: unknown) => error instanceof DomainError && error.kind === 'precondition-failed';

/**
 * Read, change, write under the ETag read, again when someone wrote meanwhile (a sync saving its delta
 * link while the rep changes their settings): no update is lost.
 */
export const updateRecord = async (
  deps: CaptureDeps,
  repId: string,
  change: (current: CaptureRecord | undefined) => CaptureRecord | undefined,
): Promise<CaptureRecord | undefined> => {
  for (let attempt = 0; ; attempt += 1) {
    const current = await deps.capture.store.record(repId);
    const next = change(current?.value);
    if (!next) return current?.value;
    try {
      await deps.capture.store.saveRecord(next, current?.etag);
      return next;
    } catch (error) {
      if (!isStale(error) || attempt >= 5) throw error;
    }
  }
};
