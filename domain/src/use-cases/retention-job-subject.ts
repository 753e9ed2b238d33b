import { retentionDecision, type RetentionDecision } from '../gdpr/retention-decision';
import { RetentionPolicy } from '../gdpr/retention-policy.schema';
import type { LifecyclePeriod, RetentionSubject } from '../gdpr/retention-subject.schema';
import type { FactVersion } from '../model/fact';
import type { Medium, TimelineEntry } from '../model/interaction.schema';
import type { Lifecycle } from '../model/lifecycle';
import type { Deps } from '../ports/deps';
import type { Page, TierPartition } from '../ports/tier-store.port';

/**
 * The CNIL counts from the last contact coming from the person: anything inbound, and the media where
 * both sides speak (a call, a meeting). An e-mail or a letter nobody answered is not a contact.
 */
const TWO_WAY: readonly Medium[] = ['meeting', 'phone', 'face-to-face', 'event'];
const isContact = (entry: TimelineEntry): boolean => entry.direction === 'inbound' || TWO_WAY.includes(entry.medium);

const PAGE = 200;

/** The newest real contact in a tier's timeline (newest first), reading further pages only when needed. */
const lastContactAt = async (deps: Deps, tierId: string, firstPage?: Page<TimelineEntry>): Promise<string | undefined> => {
  let page = firstPage ?? (await deps.tiers.timeline(tierId, { limit: PAGE }));
  for (;;) {
    const contact = page.items.find(isContact);
    if (contact) return contact.occurredAt;
    if (!page.nextCursor) return undefined;
    page = await deps.tiers.timeline(tierId, { limit: PAGE, cursor: page.nextCursor });
  }
};

const lifecyclePeriods = (facts: readonly FactVersion[]): LifecyclePeriod[] =>
  facts
    .filter((f) => f.name === 'lifecycle')
    .map((f) => ({ value: f.value as Lifecycle, validFrom: f.validFrom, validTo: f.validTo }));

/**
 * A contact person has no lifecycle of their own, as a rule: they are kept as long as the
 * organisations they work for are (the CFO of an active client is client data, however rarely called).
 */
const employersPeriods = async (deps: Deps, partition: TierPartition): Promise<LifecyclePeriod[]> => {
  const employers = partition.relations.filter((r) => r.typeId === 'works-for' && r.fromId === partition.tier.value.id && r.status === 'ongoing');
  const partitions = await Promise.all(employers.map((r) => deps.tiers.partition(r.toId)));
  return partitions.flatMap((p) => (p && p.tier.value.status === 'active' ? lifecyclePeriods(p.facts) : []));
};

export const retentionPolicyOf = (deps: Deps): RetentionPolicy => RetentionPolicy.parse(deps.config.retention ?? {});

/** What retention knows of a tier: its lifecycle history, when it was created, its last real contact. */
const retentionSubjectOf = async (deps: Deps, partition: TierPartition, firstPage?: Page<TimelineEntry>): Promise<RetentionSubject> => {
  const tier = partition.tier.value;
  const own = lifecyclePeriods(partition.facts);
  const [lifecycle, contact] = await Promise.all([
    own.length === 0 && tier.kind === 'person' ? employersPeriods(deps, partition) : Promise.resolve(own),
    lastContactAt(deps, tier.id, firstPage),
  ]);
  return { tierId: tier.id, kind: tier.kind, lifecycle, createdAt: tier.createdAt, ...(contact ? { lastContactAt: contact } : {}) };
};

/** When the tier's data must go, and why (CNIL délibération 2021-131). */
export const tierRetention = async (deps: Deps, partition: TierPartition, firstPage?: Page<TimelineEntry>): Promise<RetentionDecision> =>
  retentionDecision(await retentionSubjectOf(deps, partition, firstPage), retentionPolicyOf(deps), deps.clock.now());
