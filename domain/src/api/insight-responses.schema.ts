import { z } from 'zod';
import type { ActivityRow } from '../reporting/activity-report';
import { Segment, SegmentMember } from '../segments/segment.schema';
import type { ActivityReport } from '../use-cases/reports.use-case';
import type { previewSegment, segmentMembers } from '../use-cases/segments.use-case';
import type { WeeklyDigest } from '../use-cases/reports-digest.use-case';
import { listSchema, pageSchema } from './page.schema';
import type { Assert, SameShape } from './same-shape';

const count = z.number().int();

export const ActivityRowSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    interactions: count,
    inbound: count,
    outbound: count,
    meetings: count,
    tasksCreated: count,
    tasksDone: count,
    tasksOverdue: count.describe('Follow-ups due in the period (before today) and not done by their due day.'),
    newTiers: count,
    prospectToClient: count,
  })
  .meta({ id: 'ActivityRow' });
export type ActivityRowMatches = Assert<SameShape<z.output<typeof ActivityRowSchema>, ActivityRow>>;

export const ActivityReportSchema = z
  .object({ from: z.string(), to: z.string(), groupBy: z.string(), rows: z.array(ActivityRowSchema), totals: ActivityRowSchema })
  .meta({ id: 'ActivityReport' });
export type ActivityReportMatches = Assert<SameShape<z.output<typeof ActivityReportSchema>, ActivityReport>>;

export const WeeklyDigestSchema = z
  .object({
    week: z.string(),
    from: z.string(),
    to: z.string(),
    teams: z.array(z.string()),
    totals: ActivityRowSchema,
    previousTotals: ActivityRowSchema,
    reps: z.array(ActivityRowSchema),
    atRisk: z.array(z.object({ tierId: z.string(), name: z.string(), risk: z.number(), reason: z.string().nullable() })),
  })
  .meta({ id: 'WeeklyDigest' });
export type WeeklyDigestMatches = Assert<SameShape<z.output<typeof WeeklyDigestSchema>, WeeklyDigest>>;

export const SegmentList = listSchema(Segment).meta({ id: 'SegmentList' });
export const SegmentPreviewResult = z
  .object({ count: z.number().int(), sample: z.array(SegmentMember), asOf: z.string() })
  .meta({ id: 'SegmentPreviewResult', description: 'How many tiers the rule selects now, and the first few.' });
export const SegmentMembersPage = pageSchema(SegmentMember).extend({ asOf: z.string() }).meta({ id: 'SegmentMembersPage' });
export type SegmentPreviewMatches = Assert<SameShape<z.output<typeof SegmentPreviewResult>, Awaited<ReturnType<typeof previewSegment>>>>;
export type SegmentMembersMatches = Assert<SameShape<z.output<typeof SegmentMembersPage>, Awaited<ReturnType<typeof segmentMembers>>>>;
