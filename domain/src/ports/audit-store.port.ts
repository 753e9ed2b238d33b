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

export type AuditStore = {
  /** Appends a record; one with the same target and id already there is left as it is. */
  append: (record: AuditRecord) => Promise<void>;
  /** A target's records, oldest first. */
  byTarget: (targetType: string, targetId: string) => Promise<AuditRecord[]>;
};
