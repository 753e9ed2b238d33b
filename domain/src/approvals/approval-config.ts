/**
 * Who approves reference-data changes besides the requester's manager, as configured. Steward groups
 * are lists of user ids (Entra object ids); a group set for the tier's territory or owner team takes
 * the request instead of the manager.
 */
export type ApprovalConfig = {
  /** By the tier's `territory` fact. */
  stewardsByTerritory: Record<string, string[]>;
  /** By the tier's owner team. */
  stewardsByTeam: Record<string, string[]>;
  /** Where a request goes when the requester has no manager or the directory cannot answer. */
  fallbackStewards: string[];
};

export const noApprovalConfig: ApprovalConfig = { stewardsByTerritory: {}, stewardsByTeam: {}, fallbackStewards: [] };
