import { z } from 'zod';
import { InteractionDraft, InteractionSource, Direction, Medium } from '../model/interaction.schema';
import { IsoDateTime } from '../model/common.schema';
import { Role } from '../model/caller';
import { TierSummary } from '../model/tier-summary';

/** An address or a whole domain the rep never wants suggested ("claire@client.fr", "client.fr"). */
const NeverSuggestEntry = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .regex(/^([^\s@]+@)?[^\s@]+\.[^\s@]+$/, 'Expected an e-mail address or a domain.');

/** What a rep turns on or off: capture of their mailbox, and who is never suggested. */
export const CaptureSettings = z
  .object({ enabled: z.boolean(), neverSuggest: z.array(NeverSuggestEntry).max(500) })
  .strict()
  .meta({ id: 'CaptureSettings', description: 'Opt-in capture of the caller’s mailbox and calendar, and the senders or domains never suggested.' });
export type CaptureSettings = z.infer<typeof CaptureSettings>;

export const CaptureFolder = z.enum(['inbox', 'sentitems', 'calendar']);
export type CaptureFolder = z.infer<typeof CaptureFolder>;

/** One Graph subscription and where its delta left off; the delta link outlives a lost subscription. */
export const FolderState = z.object({
  subscriptionId: z.string().nullable(),
  clientState: z.string().nullable(),
  expiresAt: z.string().nullable(),
  deltaLink: z.string().nullable(),
});
export type FolderState = z.infer<typeof FolderState>;

/** The rep as their token said when they opted in: background reads are done with their visibility. */
export const CaptureRep = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string().optional(),
  roles: z.array(Role),
  teams: z.array(z.string()),
});
export type CaptureRep = z.infer<typeof CaptureRep>;

export type CaptureRecord = CaptureSettings & {
  rep: CaptureRep;
  updatedAt: string;
  folders: Partial<Record<CaptureFolder, FolderState>>;
};

export const SuggestionParticipant = z.object({
  emailAddress: z.string(),
  displayName: z.string().nullable(),
  role: z.enum(['from', 'to', 'cc', 'organizer', 'attendee']),
});
export type SuggestionParticipant = z.infer<typeof SuggestionParticipant>;

/** A message or meeting as Graph gives it, headers only (Mail.ReadBasic, Calendars.ReadBasic). */
export type CapturedItem = {
  source: InteractionSource;
  /** The mailbox's own id of the item, to link back to it. */
  itemId: string;
  subject: string | null;
  occurredAt: string;
  direction: Direction;
  medium: 'email' | 'meeting';
  participants: SuggestionParticipant[];
  /** `private` or `personal` items are never suggested. */
  sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  skip?: 'draft' | 'cancelled';
};

export type SuggestionStatus = 'open' | 'accepted' | 'dismissed';

/** What is kept of a captured item: its headers, never its body. */
export type StoredSuggestion = Omit<CapturedItem, 'sensitivity' | 'skip'> & {
  id: string;
  repId: string;
  status: SuggestionStatus;
  createdAt: string;
  expiresAt: string;
};

const Evidence = z.object({ code: z.enum(['same-email', 'employer-of-person', 'email-domain']), detail: z.string() });

/** A tier a participant matches, with the evidence, as the pane's lookup shows it. */
export const SuggestionMatch = z
  .object({
    tier: TierSummary,
    evidence: z.array(Evidence),
    organisations: z.array(z.object({ tier: TierSummary, evidence: z.array(Evidence) })).optional(),
  })
  .meta({ id: 'SuggestionMatch' });

export const Suggestion = z
  .object({
    id: z.string(),
    source: InteractionSource,
    subject: z.string().nullable(),
    occurredAt: IsoDateTime,
    direction: Direction,
    medium: Medium,
    participants: z.array(
      z.object({
        emailAddress: z.string(),
        displayName: z.string().nullable(),
        role: SuggestionParticipant.shape.role,
        status: z.enum(['matched', 'ambiguous', 'unknown', 'internal', 'invalid']),
        matches: z.array(SuggestionMatch),
      }),
    ),
    expiresAt: IsoDateTime,
  })
  .meta({ id: 'Suggestion', description: 'A message or meeting with known clients, offered for filing; nothing is filed until the rep accepts.' });
export type Suggestion = z.infer<typeof Suggestion>;

export const SuggestionPage = z.object({ items: z.array(Suggestion), nextCursor: z.string().nullable() }).meta({ id: 'SuggestionPage' });

export const SuggestionQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(200).default(50), cursor: z.string().max(100).optional() })
  .strict()
  .meta({ id: 'SuggestionQuery' });

/** The same body as `POST /api/interactions`, without the source: the suggestion carries it. */
const { source: _source, ...acceptShape } = InteractionDraft.shape;
export const SuggestionAccept = z.object(acceptShape).strict().meta({ id: 'SuggestionAccept' });

export const SuggestionDismissed = z.object({ id: z.string(), status: z.literal('dismissed') }).meta({ id: 'SuggestionDismissed' });
