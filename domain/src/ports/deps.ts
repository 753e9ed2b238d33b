import type { ApprovalConfig } from '../approvals/approval-config';
import type { ApprovalNotifier } from '../approvals/approval-notifier.port';
import type { BackgroundPorts } from '../background/background.port';
import type { CapturePorts } from '../capture/capture.port';
import type { GuardLists } from '../free-text/guard-lists.schema';
import type { RetentionPolicyInput } from '../gdpr/retention-policy.schema';
import type { ApproverDirectory } from './approver-directory.port';
import type { AuditStore } from './audit-store.port';
import type { BulkWriter } from './bulk-writer.port';
import type { ImportStore } from './import-store.port';
import type { IndexStore } from './index-store.port';
import type { InsightStores } from './insight-store.port';
import type { InteractionStore } from './interaction-store.port';
import type { RelationTypeStore } from './relation-type-store.port';
import type { Clock, IdGenerator } from './system.port';
import type { TaskStore } from './task-store.port';
import type { TierStore } from './tier-store.port';

export type DomainConfig = {
  /** Overrides every fact's own staleness period when set (days). */
  staleAfterDays?: number;
  /** The company's own e-mail domains: colleagues are recognised and left out of matching. */
  internalDomains: string[];
  /** Steward groups and fallback for change-request routing; none when unset. */
  approvals?: ApprovalConfig;
  /** CNIL retention periods and what the job does at expiry; the CNIL maximums (3 years, erase) when unset. */
  retention?: RetentionPolicyInput;
  /** How long a merge can be undone, in hours (24 when unset, 0: never). */
  mergeUndoHours?: number;
  /** The free-text guard's word lists; Relais' defaults when unset. */
  freeTextLists?: GuardLists;
};

/** Everything a use case may touch, handed in as one object. */
export type Deps = {
  clock: Clock;
  ids: IdGenerator;
  tiers: TierStore;
  index: IndexStore;
  interactions: InteractionStore;
  tasks: TaskStore;
  relationTypes: RelationTypeStore;
  config: DomainConfig;
  /** Finds the requester's manager (Microsoft Graph); without it requests go to the stewards. */
  approvers?: ApproverDirectory;
  audit?: AuditStore;
  /** Tells approvers and requesters in Teams; without it they use the pending list. */
  approvalNotifier?: ApprovalNotifier;
  /** Scores, segments and activity reports; without them those features answer 404 and nothing is counted. */
  insight?: InsightStores;
  /** Many writes at once, by partition (the import's batches); the import needs it to write. */
  bulk?: BulkWriter;
  /** Imports' progress, items and exporting systems' ids: the checkpoint and the paged report. */
  imports?: ImportStore;
  /** Queue Storage and jobs: what a request leaves for later; without them the work is done inline. */
  background?: BackgroundPorts;
  /** Suggested logs: capture settings, suggestions, and the reps' mailboxes in Graph; without them those routes answer 404. */
  capture?: CapturePorts;
};
