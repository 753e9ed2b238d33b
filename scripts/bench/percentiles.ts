/** p50/p95/p99 of samples in milliseconds, rounded to 0.01 ms. */
export const percentiles = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 100) / 100;
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99) };
};

/** Times `run` `n` times, `concurrency` at a time. */
export const timeMany = async (n: number, concurrency: number, run: (i: number) => Promise<unknown>): Promise<number[]> => {
  const samples: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      const start = performance.now();
      await run(i);
      samples.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return samples;
};
