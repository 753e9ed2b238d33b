import { createTier, logInteraction, repairAll, searchTiers, type Caller, type Deps } from '@relais/domain';
import { startApi, type TestApi } from '../support/api-harness';
import { interaction, organisation } from '../support/factories';

let api: TestApi;
const caller: Caller = { userId: 'rep1', name: 'Rémi', roles: ['rep'], teams: ['north'] };
beforeAll(async () => (api = await startApi()));
afterAll(() => api.stop());

/** The same real stores, with one kind of write that fails (`times` times): a crash between two writes of an operation. */
const crashing = <K extends 'tiers' | 'index'>(deps: Deps, port: K, method: keyof Deps[K], times = 1): Deps => {
  let crashes = 0;
  const store = deps[port] as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const wrapped = {
    ...store,
    [method]: async (...args: unknown[]) => {
      if (crashes < times) {
        crashes += 1;
        throw new Error('simulated crash');
      }
      return store[method as string]!(...args);
    },
  };
  return { ...deps, [port]: wrapped };
};

describe('a crash between the writes of one operation', () => {
  it('leaves an interaction that a re-run completes (timeline written, still one interaction)', async () => {
    const deps = api.app.deps;
    const { value: org } = await createTier(deps, caller, organisation());
    const body = interaction([org.id], { source: { kind: 'email', id: '<crash@client.fr>' }, tasks: [{ title: 'Après crash' }] });
    await expect(logInteraction(crashing(deps, 'tiers', 'putTimeline'), caller, body)).rejects.toThrow('simulated crash');
    expect((await deps.tiers.timeline(org.id, { limit: 10 })).items).toEqual([]);
    const rerun = await logInteraction(deps, caller, body);
    expect(rerun.created).toBe(false);
    expect((await deps.tiers.timeline(org.id, { limit: 10 })).items.map((e) => e.interactionId)).toEqual([rerun.value.id]);
    expect((await deps.tasks.byAssignee('rep1', 'open', 50)).items.map((t) => t.title)).toContain('Après crash');
  });

  it('leaves a tier without its index entries until the repair pass completes them', async () => {
    const deps = api.app.deps;
    await expect(
      createTier(crashing(deps, 'index', 'put', Infinity), caller, organisation({ names: [{ type: 'legal', value: 'Réparable Xylophone' }] })),
    ).rejects.toThrow('simulated crash');
    const search = () => searchTiers(deps, caller, { q: 'xylophone' });
    expect((await search()).items).toEqual([]);
    const report = await repairAll(deps);
    expect(report.tiers).toBeGreaterThan(0);
    expect((await search()).items.map((t) => t.name)).toEqual(['Réparable Xylophone']);
  });

  it('never lets a dangling index entry mislead a reader', async () => {
    await api.app.deps.index.put('name', 'fantomatique', 'no-such-tier');
    await api.app.deps.index.put('email', 'ghost@fantome.fr', 'no-such-tier');
    expect((await searchTiers(api.app.deps, caller, { q: 'fantomatique' })).items).toEqual([]);
    expect((await searchTiers(api.app.deps, caller, { q: 'ghost@fantome.fr' })).items).toEqual([]);
  });
});
