import type { LogOutcome } from '../api/relais-api';
import { sourceOf, type MessageSnapshot } from '../office';

export type SeveralOutcome = {
  created: MessageSnapshot[];
  /** Logged before (by anyone): the API answered with the existing interaction. */
  existing: MessageSnapshot[];
  /** No internetMessageId: without it a retry could log the message twice, so it is not sent. */
  skipped: MessageSnapshot[];
  failed: { item: MessageSnapshot; error: unknown }[];
};

/**
 * Logs each message as its own interaction, one after the other, each idempotent on its
 * internetMessageId: a retry of the failed ones (or of all) never logs one twice.
 */
export const logEach = async (
  items: MessageSnapshot[],
  log: (item: MessageSnapshot) => Promise<LogOutcome>,
): Promise<SeveralOutcome> => {
  const outcome: SeveralOutcome = { created: [], existing: [], skipped: [], failed: [] };
  for (const item of items) {
    if (sourceOf(item) === undefined) {
      outcome.skipped.push(item);
      continue;
    }
    try {
      const { created } = await log(item);
      (created ? outcome.created : outcome.existing).push(item);
    } catch (error) {
      outcome.failed.push({ item, error });
    }
  }
  return outcome;
};
