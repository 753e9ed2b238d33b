import { z } from 'zod';
import type { RoutingRetryResult } from '../approvals/retry-routing';
import { ChangeRequest } from '../model/change-request.schema';
import { RelationTypeDraft, Relation, type RelationType } from '../model/relation.schema';
import { Task } from '../model/task.schema';
import { TierKind } from '../model/tier.schema';
import type { AuditRecord } from '../ports/audit-store.port';
import { DuplicatePair, type markDistinct } from '../use-cases/duplicates.use-case';
import type { RelationAnswer } from '../use-cases/relations.use-case';
import { listSchema, pageSchema } from './page.schema';
import type { Assert, SameShape } from './same-shape';

export const TaskPage = pageSchema(Task).meta({ id: 'TaskPage' });
export const ChangeRequestPage = pageSchema(ChangeRequest).meta({ id: 'ChangeRequestPage' });
export const DuplicatePage = pageSchema(DuplicatePair).meta({ id: 'DuplicatePage' });

export const RelationTypeSchema = z.object({ ...RelationTypeDraft.shape, id: z.string() }).meta({ id: 'RelationType' });
export type RelationTypeMatches = Assert<SameShape<z.output<typeof RelationTypeSchema>, RelationType>>;
export const RelationTypeList = listSchema(RelationTypeSchema).meta({ id: 'RelationTypeList' });

export const RelationAnswerSchema = Relation.extend({ fromName: z.string(), fromKind: TierKind, toName: z.string(), toKind: TierKind }).meta({
  id: 'RelationWithEnds',
  description: 'A relation with both of its tiers named.',
});
export type RelationAnswerMatches = Assert<SameShape<z.output<typeof RelationAnswerSchema>, RelationAnswer>>;

export const DistinctAnswer = z.object({ aId: z.string(), bId: z.string(), distinct: z.literal(true) }).meta({ id: 'DistinctAnswer' });

export const RoutingRetrySchema = z.object({ rerouted: z.array(z.string()), stillWaiting: z.array(z.string()) }).meta({ id: 'RoutingRetryResult' });
export type RoutingRetryMatches = Assert<SameShape<z.output<typeof RoutingRetrySchema>, RoutingRetryResult>>;

export const AuditRecordSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actorId: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditRecord' });
export type AuditRecordMatches = Assert<SameShape<z.output<typeof AuditRecordSchema>, AuditRecord>>;
export const AuditPage = pageSchema(AuditRecordSchema).meta({ id: 'AuditPage' });
export const AuditTrail = listSchema(AuditRecordSchema).meta({ id: 'AuditTrail' });
export type DistinctAnswerMatches = Assert<SameShape<z.output<typeof DistinctAnswer>, Awaited<ReturnType<typeof markDistinct>>>>;
