import { DomainError, notFound as notFoundError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import type { Deps } from '../ports/deps';
import type { Page } from '../ports/tier-store.port';
import { interactionIdOf, logInteraction, type LogResult } from '../use-cases/log-interaction.use-case';
import { lookupEmails, type LookupResult } from '../use-cases/lookup-emails.use-case';
import { pageOf } from '../use-cases/paging';
import { requireCapture, type CaptureDeps } from './capture-record';
import { SuggestionAccept, SuggestionQuery, type StoredSuggestion, type Suggestion } from './capture.schema';
import { candidateParticipants } from './skip-rules';

const notFound = (id: string) => notFoundError('suggestion', id);

/** The caller's own open suggestion; anyone else's does not exist for them. */
const openSuggestion = async (deps: CaptureDeps, caller: Caller, id: string) => {
  const found = await deps.capture.suggestions.get(caller.userId, id);
  if (!found || found.value.expiresAt <= deps.clock.now()) throw notFound(id);
  return found;
};

const matchesOf = (result: LookupResult | undefined): Suggestion['participants'][number]['matches'] =>
  result ? [...result.persons, ...result.organisations.map((o) => ({ tier: o.tier, evidence: o.evidence }))] : [];

/**
 * The caller's suggestions, newest first, each participant with the tiers the pane would show for
 * them now (the rep's visibility today, not when the item came). Items logged meanwhile (by anyone),
 * expired, dismissed, or left with nobody known or only listed senders are not offered.
 */
export const listSuggestions = async (deps: Deps, caller: Caller, input: unknown): Promise<Page<Suggestion>> => {
  const capture = requireCapture(deps);
  const query = parseInput(SuggestionQuery, input);
  const [all, record] = await Promise.all([capture.capture.suggestions.ofRep(caller.userId), capture.capture.store.record(caller.userId)]);
  const now = deps.clock.now();
  const neverSuggest = record?.value.neverSuggest ?? [];
  const rules = { internalDomains: deps.config.internalDomains, ...(caller.email ? { repEmail: caller.email } : {}), neverSuggest };
  // Expired ones are dropped as they are met: what is kept of a mailbox does not outlive its offer.
  await Promise.all(all.filter((s) => s.expiresAt <= now).map((s) => capture.capture.suggestions.remove(caller.userId, s.id).catch(() => undefined)));
  const live = all
    .filter((s) => s.status === 'open' && s.expiresAt > now && candidateParticipants(s.participants, rules).length > 0)
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || a.id.localeCompare(b.id));
  const page = pageOf(live, query.limit, query.cursor);
  const logged = await Promise.all(page.items.map((s) => deps.interactions.get(interactionIdOf(deps, s.source))));
  const unlogged = page.items.filter((_, i) => !logged[i]);
  const emails = [...new Set(unlogged.flatMap((s) => candidateParticipants(s.participants, rules).map((p) => p.emailAddress.toLowerCase())))].slice(0, 500);
  const results = emails.length > 0 ? (await lookupEmails(deps, caller, { emails }, caller.lang ?? 'en')).results : [];
  const byEmail = new Map(results.map((r) => [r.email.toLowerCase(), r]));
  const items = unlogged.flatMap((s): Suggestion[] => {
    const participants = s.participants.map((p) => {
      const result = byEmail.get(p.emailAddress.toLowerCase());
      return { emailAddress: p.emailAddress, displayName: p.displayName, role: p.role, status: result?.status ?? 'internal', matches: matchesOf(result) };
    });
    if (!participants.some((p) => p.matches.length > 0)) return [];
    return [{ id: s.id, source: s.source, subject: s.subject, occurredAt: s.occurredAt, direction: s.direction, medium: s.medium, participants, expiresAt: s.expiresAt }];
  });
  return { items, nextCursor: page.nextCursor };
};

const close = async (deps: CaptureDeps, stored: { value: StoredSuggestion; etag: string }, status: 'accepted' | 'dismissed') => {
  try {
    await deps.capture.suggestions.replace({ ...stored.value, status }, stored.etag);
  } catch (error) {
    // Closed by a concurrent accept or dismiss: it is closed either way.
    if (!(error instanceof DomainError && error.kind === 'precondition-failed')) throw error;
  }
};

/**
 * Files the suggestion exactly as the pane would: the same body, with the suggestion's source, through
 * the logging use case (idempotent on the source: twice, or after a colleague logged the same e-mail,
 * it is one interaction and the answer says it existed).
 */
export const acceptSuggestion = async (deps: Deps, caller: Caller, id: string, input: unknown): Promise<LogResult> => {
  const capture = requireCapture(deps);
  const found = await openSuggestion(capture, caller, id);
  const body = parseInput(SuggestionAccept, input);
  const result = await logInteraction(deps, caller, { ...body, source: { ...found.value.source, itemId: found.value.itemId } });
  await close(capture, found, 'accepted');
  return result;
};

export const dismissSuggestion = async (deps: Deps, caller: Caller, id: string): Promise<{ id: string; status: 'dismissed' }> => {
  const capture = requireCapture(deps);
  const found = await openSuggestion(capture, caller, id);
  await close(capture, found, 'dismissed');
  return { id, status: 'dismissed' };
};
