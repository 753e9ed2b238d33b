import { isDomainError, notFound } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import { instantOf } from '../gdpr/calendar-day';
import { mayProspect } from '../gdpr/may-prospect';
import { ConsentChannel, ConsentsUpdate, type ConsentRecord } from '../gdpr/person-consent.schema';
import { objectedChannels } from '../gdpr/prospecting-objection';
import type { Caller } from '../model/caller';
import type { Person, Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { Versioned } from '../ports/tier-store.port';
import { loadActiveTier, loadVisibleTier } from './visible-tier';

/** A person's consents: the whole history, and per channel the statement that decides and what it allows. */
export type ConsentsView = {
  personId: string;
  history: ConsentRecord[];
  channels: { channel: ConsentChannel; latest: ConsentRecord | null; mayProspect: boolean }[];
  prospectingObjection: boolean;
  objectedChannels: ConsentChannel[];
};

/** The profile keeps the newest statements; the audit log keeps every one ever recorded. */
const MAX_HISTORY = 200;
const MAX_ATTEMPTS = 5;

const viewOf = (person: Person): ConsentsView => {
  const history = [...(person.consents ?? [])].sort((a, b) => instantOf(a.date) - instantOf(b.date) || a.recordedAt.localeCompare(b.recordedAt));
  const objected = objectedChannels(history);
  return {
    personId: person.id,
    history,
    channels: ConsentChannel.options.map((channel) => ({
      channel,
      latest: history.filter((c) => c.channel === channel).at(-1) ?? null,
      mayProspect: mayProspect(history, channel),
    })),
    prospectingObjection: objected.length > 0,
    objectedChannels: objected,
  };
};

const asPerson = (found: Versioned<Tier>, id: string): Versioned<Person> => {
  if (found.value.kind !== 'person') throw notFound('person', id);
  return found as Versioned<Person>;
};

export const getConsents = async (deps: Deps, caller: Caller, personId: string): Promise<Versioned<ConsentsView>> => {
  const found = asPerson(await loadVisibleTier(deps, caller, personId), personId);
  return { value: viewOf(found.value), etag: found.etag };
};

const sameStatement = (a: ConsentRecord, b: Omit<ConsentRecord, 'recordedAt' | 'recordedBy'>): boolean =>
  a.channel === b.channel && a.legalBasis === b.legalBasis && a.status === b.status && a.source === b.source && a.date === b.date;

/**
 * Records what the person said about prospecting, per channel, with its legal basis, source and date
 * (RGPD art. 7 and 21). Statements are added to the history, never replace it; sending the same
 * statement again adds nothing. Anyone who may see the person records an objection they heard.
 */
export const recordConsents = async (deps: Deps, caller: Caller, personId: string, input: unknown): Promise<Versioned<ConsentsView>> => {
  const update = parseInput(ConsentsUpdate, input);
  for (let attempt = 1; ; attempt += 1) {
    const found = asPerson(await loadActiveTier(deps, caller, personId), personId);
    const now = deps.clock.now();
    const known = found.value.consents ?? [];
    const added: ConsentRecord[] = update.consents
      .filter((statement) => !known.some((k) => sameStatement(k, statement)))
      .map((statement) => ({ ...statement, recordedAt: now, recordedBy: caller.userId }));
    if (added.length === 0) return { value: viewOf(found.value), etag: found.etag };
    const consents = [...known, ...added].slice(-MAX_HISTORY);
    const next: Person = { ...found.value, consents, prospectingObjection: objectedChannels(consents).length > 0, updatedAt: now };
    try {
      const etag = await deps.tiers.write(personId, { tier: { value: next, ifMatch: found.etag } });
      await deps.audit?.append({
        id: deps.ids.newId(),
        at: now,
        actorId: caller.userId,
        action: 'person.consents-recorded',
        targetType: 'tier',
        targetId: personId,
        details: { consents: added },
      });
      return { value: viewOf(next), etag: etag ?? found.etag };
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'CONCURRENCY.STALE' || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
};
