import { z } from 'zod';
import { ConsentChannel, ConsentRecord } from '../gdpr/person-consent.schema';
import { ChangeRequest } from '../model/change-request.schema';
import { FactVersion } from '../model/fact';
import { Interaction } from '../model/interaction.schema';
import { Task } from '../model/task.schema';
import { Person, TierKind } from '../model/tier.schema';
import type { ConsentsView } from '../use-cases/consents.use-case';
import type { ErasureReport } from '../use-cases/erase-person.use-case';
import type { PersonExport } from '../use-cases/export-person.use-case';
import type { Assert, SameShape } from './same-shape';
import { AuditRecordSchema, RelationAnswerSchema } from './workflow-responses.schema';

export const ConsentsViewSchema = z
  .object({
    personId: z.string(),
    history: z.array(ConsentRecord),
    channels: z.array(z.object({ channel: ConsentChannel, latest: ConsentRecord.nullable(), mayProspect: z.boolean() })),
    prospectingObjection: z.boolean(),
    objectedChannels: z.array(ConsentChannel),
  })
  .meta({ id: 'ConsentsView' });
export type ConsentsViewMatches = Assert<SameShape<z.output<typeof ConsentsViewSchema>, ConsentsView>>;

/** A relation as an export lists it: both ends named, and the ends' visibility as stored with the edge. */
const Guard = z.object({
  ownerTeam: z.string(),
  confidentiality: Person.shape.confidentiality,
  owner: z.string().optional(),
  createdBy: z.string(),
  status: Person.shape.status,
});
const ExportedRelation = RelationAnswerSchema.extend({ fromGuard: Guard.optional(), toGuard: Guard.optional() });

export const PersonExportSchema = z
  .object({
    exportedAt: z.string(),
    exportedBy: z.string(),
    person: Person,
    facts: z.array(FactVersion),
    consents: z.array(ConsentRecord),
    relations: z.array(ExportedRelation),
    interactions: z.array(Interaction),
    mentionedIn: z.array(Interaction),
    tasks: z.array(Task),
    changeRequests: z.array(ChangeRequest),
    audit: z.array(AuditRecordSchema),
  })
  .meta({ id: 'PersonExport', description: 'Everything Relais holds about a person (GDPR art. 15).' });
export type PersonExportMatches = Assert<SameShape<z.output<typeof PersonExportSchema>, PersonExport>>;

export const ErasureReportSchema = z
  .object({
    tierId: z.string(),
    kind: TierKind,
    erasedAt: z.string(),
    alreadyErased: z.boolean(),
    interactions: z.number().int(),
    tasks: z.number().int(),
    relations: z.number().int(),
    changeRequests: z.number().int(),
    indexEntries: z.number().int(),
    auditRecords: z.number().int(),
    mentions: z.number().int(),
  })
  .meta({ id: 'ErasureReport', description: 'What an erasure touched, in counts only.' });
export type ErasureReportMatches = Assert<SameShape<z.output<typeof ErasureReportSchema>, ErasureReport>>;
