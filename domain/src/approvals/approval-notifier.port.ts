import type { ChangeRequest } from '../model/change-request.schema';

/**
 * Tells people about change requests where they work (Teams chat). Both calls are idempotent (the
 * adapter remembers what it sent) and never throw: a delivery failure must not undo a decision.
 */
export type ApprovalNotifier = {
  /** Shows a pending request to its approvers. */
  requested: (request: ChangeRequest) => Promise<void>;
  /** Shows the final state wherever the request was shown, and tells the requester. */
  decided: (request: ChangeRequest) => Promise<void>;
};
