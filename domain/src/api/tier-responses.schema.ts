import { z } from 'zod';
import { FactView } from '../model/fact';
import { ChangeRequest } from '../model/change-request.schema';
import { TimelineEntry } from '../model/interaction.schema';
import { Relation } from '../model/relation.schema';
import type { WordedRelation as WordedRelationType } from '../model/relation-wording';
import { Task } from '../model/task.schema';
import { TierKind, Tier } from '../model/tier.schema';
import { TierSummary } from '../model/tier-summary';
import type { ClientCard } from '../use-cases/get-card.use-case';
import type { LookupResult } from '../use-cases/lookup-emails.use-case';
import { MatchCandidate } from '../use-cases/match-tiers.use-case';
import type { CardScores } from '../use-cases/scores.use-case';
import type { EstablishmentsPage } from '../use-cases/tier-establishments.use-case';
import type { PeoplePage } from '../use-cases/tier-people.use-case';
import { countedPageSchema, listSchema, pageSchema } from './page.schema';
import type { Assert, SameShape } from './same-shape';

export const TierSearchPage = pageSchema(TierSummary).meta({ id: 'TierSearchPage' });
export const TimelinePage = pageSchema(TimelineEntry).meta({ id: 'TimelinePage' });
export const FactHistory = listSchema(FactView).meta({ id: 'FactHistory' });

export const WordedRelationSchema = Relation.extend({
  side: z.enum(['from', 'to']),
  other: z.object({ id: z.string(), kind: TierKind, name: z.string() }),
  label: z.string(),
  sentence: z.string(),
}).meta({ id: 'WordedRelation', description: 'A relation worded from one of its tiers: "works for ACME", "employs Jeanne Martin".' });
export type WordedRelationMatches = Assert<SameShape<z.output<typeof WordedRelationSchema>, WordedRelationType>>;

export const RelationPage = countedPageSchema(WordedRelationSchema).meta({ id: 'RelationPage' });

const CardPerson = z.object({
  relation: WordedRelationSchema,
  person: TierSummary.extend({ phones: z.array(z.object({ type: z.string(), number: z.string() })), referenceFunction: z.string().nullable() }),
});
export const PeoplePageSchema = countedPageSchema(CardPerson).meta({ id: 'PeoplePage' });
export type PeoplePageMatches = Assert<SameShape<z.output<typeof PeoplePageSchema>, PeoplePage>>;

export const EstablishmentsPageSchema = countedPageSchema(TierSummary).meta({ id: 'EstablishmentsPage' });
export type EstablishmentsPageMatches = Assert<SameShape<z.output<typeof EstablishmentsPageSchema>, EstablishmentsPage>>;

const ScoreTrend = z.object({ previous: z.number().nullable(), delta: z.number().nullable(), since: z.string().nullable() });
const CardScore = z.object({
  value: z.number(),
  reasons: z.array(z.string()),
  trend: ScoreTrend,
  contributions: z.array(z.object({ rule: z.string(), points: z.number(), reason: z.string() })),
  notes: z.array(z.string()),
});
export const CardScoresSchema = z.object({ opportunity: CardScore, risk: CardScore, computedAt: z.string() }).meta({ id: 'CardScores' });
export type CardScoresMatches = Assert<SameShape<z.output<typeof CardScoresSchema>, CardScores>>;

const listPosition = z.object({ total: z.number().int(), nextCursor: z.string().nullable() });

export const ClientCardSchema = z
  .object({
    tier: Tier,
    etag: z.string(),
    facts: z.array(FactView),
    hierarchy: z.object({ parent: TierSummary.nullable(), establishments: z.array(TierSummary), establishmentsPage: listPosition }),
    relations: z.array(WordedRelationSchema),
    relationsPage: listPosition,
    people: PeoplePageSchema,
    timeline: TimelinePage,
    openTasks: z.array(Task),
    pendingChangeRequests: z.array(ChangeRequest),
    retention: z.object({
      expiresAt: z.string().nullable(),
      expired: z.boolean(),
      rule: z.enum(['prospect-no-contact', 'client-after-end', 'active-client']),
      reason: z.string(),
      label: z.string(),
    }),
    scores: CardScoresSchema.nullable(),
    userNames: z.record(z.string(), z.string()),
  })
  .meta({ id: 'ClientCard', description: 'The 360° view of a tier: identity, facts, hierarchy, people, relations, timeline, open tasks, pending requests, scores.' });
export type ClientCardMatches = Assert<SameShape<z.output<typeof ClientCardSchema>, ClientCard>>;

const Evidence = z.object({ code: z.enum(['same-email', 'employer-of-person', 'email-domain']), detail: z.string() });
const OrganisationMatch = z.object({ tier: TierSummary, evidence: z.array(Evidence) });
const LookupResultSchema = z.object({
  email: z.string(),
  status: z.enum(['matched', 'ambiguous', 'unknown', 'internal', 'invalid']),
  persons: z.array(z.object({ tier: TierSummary, evidence: z.array(Evidence), organisations: z.array(OrganisationMatch) })),
  organisations: z.array(OrganisationMatch),
  user: z.object({ id: z.string(), name: z.string() }).optional(),
  suggestions: z
    .array(MatchCandidate)
    .optional()
    .meta({ description: 'For an unknown address at a company domain no organisation declares: the organisations whose name the domain spells.' }),
});
export type LookupResultMatches = Assert<SameShape<z.output<typeof LookupResultSchema>, LookupResult>>;
export const LookupResponse = z.object({ results: z.array(LookupResultSchema) }).meta({ id: 'LookupResponse' });
