import type { Deps } from '../ports/deps';
import type { InsightCatchUpItem } from '../ports/insight-store.port';
import { catchUpDue, startCatchUp } from './insight-outbox';
import { writeRepDay } from './reports.use-case';
import { rebuildTierInsight, recordInteractionInsight, refreshTierInsight } from './scores.use-case';

/** Items redone and cleared, and items left for a later run (they failed again). */
export type CatchUpReport = { redone: number; left: number };

const PAGE = 100;

/** Redoes one item from the saved record it follows; what fails again is marked again (a new ETag keeps it). */
const redo = async (deps: Deps, item: InsightCatchUpItem): Promise<void> => {
  if (item.kind === 'interaction') {
    const stored = await deps.interactions.get(item.id);
    if (stored) await recordInteractionInsight(deps, stored.value);
  } else if (item.kind === 'tier') {
    await (item.rebuild ? rebuildTierInsight(deps, item.id) : refreshTierInsight(deps, item.id));
  } else await writeRepDay(deps, item.day, item.rep, item.repName, item.change);
};

/**
 * Redoes the insight work marked for catch-up, a page at a time, and clears each item it redid. An
 * item that fails again stays (its mark is rewritten), so a run always ends.
 */
export const catchUpInsight = async (deps: Deps): Promise<CatchUpReport> => {
  const store = deps.insight?.catchUp;
  const report: CatchUpReport = { redone: 0, left: 0 };
  if (!store) return report;
  startCatchUp(deps);
  const seen = new Set<string>();
  for (;;) {
    const page = (await store.pending(PAGE)).filter((p) => !seen.has(p.key));
    if (page.length === 0) break;
    // One at a time: marked items mostly target the same hot rows, which is why they were marked.
    for (const pending of page) {
      seen.add(pending.key);
      try {
        await redo(deps, pending.item);
        // A redo that failed again marked its item anew: the ETag moved and the item stays.
        report[(await store.clear(pending)) ? 'redone' : 'left'] += 1;
      } catch {
        report.left += 1;
      }
    }
  }
  return report;
};

/** Called after a logging: catches up when this process marked work or has not looked for a while. */
export const catchUpIfDue = async (deps: Deps): Promise<void> => {
  if (!catchUpDue(deps)) return;
  await catchUpInsight(deps).catch(() => undefined);
};
