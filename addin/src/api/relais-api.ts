import type {
  Interaction,
  InteractionAddition,
  InteractionDraft,
  LookupResult,
  MeetingIdentity,
  OrganisationDraft,
  PersonDraft,
  Tier,
  TierSummary,
  WordedRelation,
} from '@relais/domain';
import type { ApiClient } from '@relais/ui/src/api/api-client';
import { isApiProblem } from '@relais/ui/src/api/api-problem';
import type { ItemSource } from '../office';

/** The API's lookup takes at most this many addresses per call. */
const LOOKUP_BATCH = 500;

export type LogOutcome = { interaction: Interaction; created: boolean };

/** The pane's calls to Relais, typed from the domain's shapes (types only: no zod in the bundle). */
export const createRelaisApi = (client: ApiClient) => ({
  /** Every address of the item in one call (a 200-recipient e-mail included). */
  lookup: async (emails: string[]): Promise<LookupResult[]> => {
    const batches: string[][] = [];
    for (let i = 0; i < emails.length; i += LOOKUP_BATCH) batches.push(emails.slice(i, i + LOOKUP_BATCH));
    const answers = await Promise.all(
      batches.map((batch) => client.post<{ results: LookupResult[] }>('/api/lookup', { emails: batch })),
    );
    return answers.flatMap((answer) => answer.results);
  },

  /** The interaction logged from this item, or null when it was not logged yet. */
  loggedFrom: async (source: ItemSource): Promise<Interaction | null> => {
    try {
      return await client.get<Interaction>('/api/interactions/by-source', {
        kind: source.kind,
        id: source.id,
      });
    } catch (error) {
      if (isApiProblem(error) && error.status === 404) return null;
      throw error;
    }
  },

  /** The meeting's iCalUId from the rep's calendar in Microsoft Graph (asked by the API on their behalf). */
  meetingIdentity: (eventId: string): Promise<MeetingIdentity> =>
    client.get<MeetingIdentity>('/api/meetings/identity', { eventId }),

  /** 201 the first time, 200 when the source (or the idempotency key) was logged already. */
  log: async (draft: InteractionDraft, idempotencyKey?: string): Promise<LogOutcome> => {
    const result = await client.request<Interaction>('POST', '/api/interactions', {
      body: draft,
      idempotencyKey,
    });
    return { interaction: result.body, created: result.status === 201 };
  },

  addTo: (interactionId: string, addition: InteractionAddition): Promise<Interaction> =>
    client.post<Interaction>(`/api/interactions/${encodeURIComponent(interactionId)}/additions`, addition),

  /** A 409 with `candidates` means "likely a duplicate"; `confirmDistinct` overrides it. */
  createTier: async (
    draft: PersonDraft | OrganisationDraft,
    options: { idempotencyKey: string; confirmDistinct?: boolean },
  ): Promise<Tier> =>
    (
      await client.request<Tier>('POST', '/api/tiers', {
        body: draft,
        idempotencyKey: options.idempotencyKey,
        query: options.confirmDistinct ? { confirm: 'distinct' } : undefined,
      })
    ).body,

  getTier: (id: string): Promise<Tier> => client.get<Tier>(`/api/tiers/${encodeURIComponent(id)}`),

  /**
   * The tier's first 200 relations (the API's largest page), each worded from its side: ongoing ones
   * come first, so a person's current employers are among them.
   */
  relationsOf: async (id: string): Promise<WordedRelation[]> =>
    (
      await client.get<{ items: WordedRelation[] }>(`/api/tiers/${encodeURIComponent(id)}/relations`, {
        limit: 200,
      })
    ).items,

  searchTiers: async (q: string): Promise<TierSummary[]> =>
    (await client.get<{ items: TierSummary[] }>('/api/tiers', { q, limit: 8 })).items,
});

export type RelaisApi = ReturnType<typeof createRelaisApi>;
