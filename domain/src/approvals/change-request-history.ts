import type { Caller } from '../model/caller';
import type { AuditRecord } from '../ports/audit-store.port';
import type { Deps } from '../ports/deps';
import { getChangeRequest } from '../use-cases/change-requests.use-case';

/** The request's trail: asked, routed, decided; for whoever may see the request. */
export const changeRequestHistory = async (deps: Deps, caller: Caller, id: string): Promise<AuditRecord[]> => {
  await getChangeRequest(deps, caller, id);
  return deps.audit ? deps.audit.byTarget('change-request', id) : [];
};
