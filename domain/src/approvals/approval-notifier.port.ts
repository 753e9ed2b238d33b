import type { ChangeRequest } from '../model/change-request.schema';

/**
 * Tells people about change requests where they work (Teams chat). Every call is idempotent (the
 * adapter remembers what it sent) and never throws: a delivery failure must not undo a decision.
 */
export type ApprovalNotifier = {
  /** Shows a pending request to its approvers. */
  requested: (request: ChangeRequest) => Promise<void>;
  /** Shows the final state wherever the request was shown, and tells the requester. */
  decided: (request: ChangeRequest) => Promise<void>;
  /** An erasure rewrote the request: every card showing it is redrawn in place with what it now says. */
  rewritten: (request: ChangeRequest) => Promise<void>;
  /** The request went with an erased tier: every card showing it becomes a notice that says so, and nothing of it. */
  erased: (changeRequestId: string) => Promise<void>;
};
