import type { TestApi } from '../support/api-harness';

/** Today as the API sees it (UTC), and dates relative to it: reasons speak in days from today. */
export const today = (): string => new Date().toISOString().slice(0, 10);
export const daysAgo = (days: number, time = '10:00:00'): string => `${new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)}T${time}+00:00`;
export const dayAgo = (days: number): string => daysAgo(days).slice(0, 10);

let n = 0;
/** Logs an interaction through the API (as the token's rep), fails loudly if refused, and waits for its queued insight work. */
export const logAt = async (
  api: TestApi,
  token: string,
  tierIds: string[],
  occurredAt: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; [k: string]: unknown }> => {
  n += 1;
  const body = { direction: 'inbound', medium: 'email', occurredAt, subject: `Échange ${n}`, participants: tierIds.map((tierId) => ({ tierId })), ...overrides };
  const response = await api.call('POST', '/api/interactions', { token, body });
  if (response.status !== 201 && response.status !== 200) throw new Error(`log failed ${response.status}: ${response.text}`);
  await api.drain();
  return response.body;
};

export type CardScore = { value: number; reasons: string[]; contributions: { rule: string; points: number; reason: string }[]; notes: string[]; trend: { previous: number | null; delta: number | null } };

export const scoresOf = async (api: TestApi, token: string, tierId: string, lang: 'en' | 'fr' = 'en'): Promise<{ opportunity: CardScore; risk: CardScore }> => {
  const card = await api.call('GET', `/api/tiers/${tierId}/card?lang=${lang}`, { token });
  if (card.status !== 200) throw new Error(`card failed ${card.status}: ${card.text}`);
  return card.body.scores;
};

export const reasonsOf = (score: CardScore): string[] => score.contributions.map((c) => c.reason);

/** Creates a tier, telling the duplicate check it is a distinct one (test names differ by a character). */
export const createDistinct = async (api: TestApi, token: string, body: Record<string, unknown>): Promise<{ id: string; [k: string]: unknown }> => {
  const response = await api.call('POST', '/api/tiers?confirm=distinct', { token, body });
  if (response.status !== 201) throw new Error(`create failed ${response.status}: ${response.text}`);
  return response.body;
};
