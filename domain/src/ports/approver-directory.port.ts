/** A person as the company directory (Microsoft Graph) knows them. */
export type DirectoryUser = { id: string; displayName: string; mail?: string };

/**
 * What the directory answered about a user's manager. "None" is an answer (route to the stewards for
 * good); "unavailable" is not (route to the stewards for now and ask again later).
 */
export type ManagerLookup =
  | { kind: 'found'; manager: DirectoryUser }
  | { kind: 'none' }
  | { kind: 'unavailable'; reason: string };

/** Finds who approves a user's requests. Never throws: a failure is reported as `unavailable`. */
export type ApproverDirectory = {
  managerOf: (userId: string) => Promise<ManagerLookup>;
};
