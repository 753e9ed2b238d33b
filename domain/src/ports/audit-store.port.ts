import type { Page } from './tier-store.port';

/**
 * One fact about who did what to which record, when and with what details. Append-only: a record is
 * never changed. Its id is deterministic where the action may be retried, so a retry appends nothing.
 */
export type AuditRecord = {
  id: string;
  at: string;
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  details: Record<string, unknown>;
};

/** Admins read the log per tier, per user, or both; newest first. */
export type AuditQuery = { tierId?: string; actorId?: string; limit: number; cursor?: string };

export type AuditStore = {
  /** Appends a record; one with the same target and id already there is left as it is. */
  append: (record: AuditRecord) => Promise<void>;
  /** One record of a target (a point read). */
  get: (targetType: string, targetId: string, id: string) => Promise<AuditRecord | undefined>;
  /** A target's records, oldest first. */
  byTarget: (targetType: string, targetId: string) => Promise<AuditRecord[]>;
  /** Records about a tier (see `auditedTierId`) and/or by a user, newest first. */
  query: (query: AuditQuery) => Promise<Page<AuditRecord>>;
  /**
   * The one exception to append-only: a GDPR erasure rewrites the details of the records about the
   * erased person (same id, same time, same actor) so their name, e-mail and phone leave the log.
   */
  redact: (record: AuditRecord) => Promise<void>;
};

/** The tier a record is about: the target itself, or the tier a change request or an export names. */
export const auditedTierId = (record: AuditRecord): string | undefined => {
  if (record.targetType === 'tier') return record.targetId;
  return typeof record.details.tierId === 'string' ? record.details.tierId : undefined;
};
