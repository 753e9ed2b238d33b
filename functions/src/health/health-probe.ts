/** One dependency the API needs to answer (the tables, the queues): `check` resolves when it answers. */
export type HealthProbe = { name: string; check: () => Promise<void> };

export type ProbeResult = { name: string; status: 'ok' | 'unavailable' };

/** Every probe at once; a failing one is reported by name, its error only logged (health is public). */
export const runProbes = (probes: readonly HealthProbe[], log: (message: string) => void): Promise<ProbeResult[]> =>
  Promise.all(
    probes.map(({ name, check }) =>
      check().then(
        (): ProbeResult => ({ name, status: 'ok' }),
        (error: unknown): ProbeResult => {
          log(`[relais] health: ${name} unavailable: ${error instanceof Error ? error.message : String(error)}`);
          return { name, status: 'unavailable' };
        },
      ),
    ),
  );
