import { foldActivity } from './activity-log';
import type { TierInsight } from './tier-insight';

/** A table string property holds 32K characters; a summary stays well under, with room for growth. */
const MAX_CHARS = 24_000;

/** Folds the oldest interactions into monthly counts until the summary fits in one property. */
export const fitInsight = (insight: TierInsight): TierInsight => {
  let fitted = insight;
  while (JSON.stringify(fitted).length > MAX_CHARS && fitted.activity.recent.length > 20)
    fitted = { ...fitted, activity: foldActivity(fitted.activity, Math.floor(fitted.activity.recent.length * 0.75)) };
  return fitted;
};
