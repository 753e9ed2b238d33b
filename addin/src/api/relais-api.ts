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
import { answer, body, type ApiClient, isApiProblem } from '@relais/ui/api';
import type { ItemSource } from '../office';

/** The API's lookup takes at most this many addresses per call. */
const LOOKUP_BATCH = 500;

export type LogOutcome = { interaction: Interaction; created: boolean };

/** The pane's calls to Relais, typed by the API's OpenAPI document (types only: no zod in the bundle). */
export const createRelaisApi = (client: ApiClient) => ({
  /** The typed client itself, for the shared components that call the API (the "To file" list). */
  client,
  /** Every address of the item in one call (a 200-recipient e-mail included). */
  lookup: async (emails: string[]): Promise<LookupResult[]> => {
    const batches: string[][] = [];
    for (let i = 0; i < emails.length; i += LOOKUP_BATCH) batches.push(emails.slice(i, i + LOOKUP_BATCH));
    const answers = await Promise.all(batches.map((batch) => body(client.POST('/api/lookup', { body: { emails: batch } }))));
    return answers.flatMap((answer) => answer.results);
  },

  /** The interaction logged from this item, or null when it was not logged yet. */
  loggedFrom: async (source: ItemSource): Promise<Interaction | null> => {
    try {
      return await body(client.GET('/api/interactions/by-source', { params: { query: { kind: source.kind, id: source.id } } }));
    } catch (error) {
      if (isApiProblem(error) && error.status === 404) return null;
      throw error;
    }
  },

  /** The meeting's iCalUId from the rep's calendar in Microsoft Graph (asked by the API on their behalf). */
  meetingIdentity: (eventId: string): Promise<MeetingIdentity> => body(client.GET('/api/meetings/identity', { params: { query: { eventId } } })),

  /** 201 the first time, 200 when the source (or the idempotency key) was logged already. */
  log: async (draft: InteractionDraft, idempotencyKey?: string): Promise<LogOutcome> => {
    const result = await answer(client.POST('/api/interactions', { body: draft, params: { header: { 'Idempotency-Key': idempotencyKey } } }));
    return { interaction: result.body, created: result.status === 201 };
  },

  addTo: (interactionId: string, addition: InteractionAddition): Promise<Interaction> =>
    body(client.POST('/api/interactions/{id}/additions', { params: { path: { id: interactionId } }, body: addition })),

  /** A 409 with `candidates` means "likely a duplicate"; `confirmDistinct` overrides it. */
  createTier: (draft: PersonDraft | OrganisationDraft, options: { idempotencyKey: string; confirmDistinct?: boolean }): Promise<Tier> =>
    body(
      client.POST('/api/tiers', {
        body: draft,
        params: { header: { 'Idempotency-Key': options.idempotencyKey }, query: options.confirmDistinct ? { confirm: 'distinct' } : {} },
      }),
    ),

  getTier: (id: string): Promise<Tier> => body(client.GET('/api/tiers/{id}', { params: { path: { id } } })),

  /**
   * The tier's first 200 relations (the API's largest page), each worded from its side: ongoing ones
   * come first, so a person's current employers are among them.
   */
  relationsOf: async (id: string): Promise<WordedRelation[]> =>
    (await body(client.GET('/api/tiers/{id}/relations', { params: { path: { id }, query: { limit: 200 } } }))).items,

  searchTiers: async (q: string): Promise<TierSummary[]> => (await body(client.GET('/api/tiers', { params: { query: { q, limit: 8 } } }))).items,
});

export type RelaisApi = ReturnType<typeof createRelaisApi>;
