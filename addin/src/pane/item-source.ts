import type { RelaisApi } from '../api/relais-api';
import { sourceOf, type ItemSource, type OutlookItemSnapshot } from '../office';

/**
 * What the item is logged under. `fallback` says a meeting is known by this mailbox's own item id
 * only (Microsoft 365 could not be asked for its iCalUId): another attendee logging it from their
 * calendar would make a second interaction.
 */
export type ResolvedSource = { source: ItemSource | undefined; fallback: boolean };

/**
 * Office.js gives no iCalUId for meetings, and the item id differs in each attendee's mailbox: the
 * iCalUId is asked of Microsoft Graph (through Relais) so that one meeting is one interaction.
 */
export const resolveSource = async (api: RelaisApi, item: OutlookItemSnapshot): Promise<ResolvedSource> => {
  const own = sourceOf(item);
  if (item.itemType !== 'appointment' || item.iCalUId) return { source: own, fallback: false };
  const identity = item.restId ? await api.meetingIdentity(item.restId).catch(() => undefined) : undefined;
  return identity?.iCalUId
    ? { source: { kind: 'meeting', id: identity.iCalUId }, fallback: false }
    : { source: own, fallback: own !== undefined };
};
