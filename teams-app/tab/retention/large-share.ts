/** From this share of the base, a run is announced as removing a large part of it. */
export const LARGE_SHARE = 0.1;

/** Whether a run removing `expired` of `scanned` tiers deserves the warning. */
export const isLargeShare = (expired: number, scanned: number): boolean => scanned > 0 && expired / scanned >= LARGE_SHARE;
