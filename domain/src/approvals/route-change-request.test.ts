import type { ChangeRequest } from '../model/change-request.schema';
import type { FactVersion } from '../model/fact';
import type { Tier } from '../model/tier.schema';
import type { ManagerLookup } from '../ports/approver-directory.port';
import type { Deps } from '../ports/deps';
import { isToDecideBy, mayDecide } from './may-decide';
import { createRouter } from './route-change-request';

const tier = { id: 't1', kind: 'organisation', ownerTeam: 'north' } as Tier;
const request = { id: 'cr1', tierId: 't1', requestedBy: 'rep-1', approverIds: [], routing: null } as unknown as ChangeRequest;
const territory = (value: string): FactVersion => ({
  name: 'territory', value, validFrom: '2024-01-01T00:00:00Z', validTo: null, confirmedAt: '2024-01-01T00:00:00Z', recordedBy: 'x', source: { kind: 'api' },
});

/** Only what routing touches: the tier's facts, the directory and the configuration. */
const depsWith = (lookup: () => Promise<ManagerLookup>, territories: Record<string, string[]> = {}) => {
  const calls: string[] = [];
  const deps = {
    tiers: { factHistory: async () => [territory('Nord')] },
    approvers: { managerOf: (id: string) => (calls.push(id), lookup()) },
    config: { internalDomains: [], approvals: { stewardsByTerritory: territories, stewardsByTeam: {}, fallbackStewards: ['stw'] } },
  } as unknown as Deps;
  return { deps, calls };
};

describe('createRouter', () => {
  it('asks the directory once per requester, however many requests an interaction carries', async () => {
    const { deps, calls } = depsWith(async () => ({ kind: 'found', manager: { id: 'mgr', displayName: 'M' } }));
    const route = createRouter(deps);
    const routed = await Promise.all([route(request, tier), route({ ...request, id: 'cr2' }, tier)]);
    expect(routed.map((r) => r.approverIds)).toEqual([['mgr'], ['mgr']]);
    expect(calls).toEqual(['rep-1']);
  });

  it('does not ask the directory when the territory has a steward group', async () => {
    const { deps, calls } = depsWith(async () => ({ kind: 'none' }), { Nord: ['stw-nord'] });
    expect(await createRouter(deps)(request, tier)).toMatchObject({ routing: 'steward-group', approverIds: ['stw-nord'] });
    expect(calls).toEqual([]);
  });

  it('routes to the fallback, marked for retry, when the directory cannot answer', async () => {
    const { deps } = depsWith(async () => ({ kind: 'unavailable', reason: 'timeout' }));
    expect(await createRouter(deps)(request, tier)).toMatchObject({ routing: 'stewards-fallback', approverIds: ['stw'], routingRetry: true });
  });
});

describe('who decides', () => {
  const routed = { ...request, approverIds: ['mgr'], routing: 'manager' } as ChangeRequest;
  const caller = (userId: string, roles: ('rep' | 'manager' | 'steward' | 'admin')[]) => ({ userId, name: userId, roles, teams: [] });

  it('lets the routed approvers, stewards and admins decide; nobody else', () => {
    expect(mayDecide(caller('mgr', ['manager']), routed)).toBe(true);
    expect(mayDecide(caller('stw', ['steward']), routed)).toBe(true);
    expect(mayDecide(caller('adm', ['admin']), routed)).toBe(true);
    expect(mayDecide(caller('other-mgr', ['manager']), routed)).toBe(false);
  });

  it('lists for stewards what went to the stewards, not what went to a manager', () => {
    expect(isToDecideBy(caller('mgr', ['manager']), routed)).toBe(true);
    expect(isToDecideBy(caller('stw', ['steward']), routed)).toBe(false);
    expect(isToDecideBy(caller('stw', ['steward']), { ...routed, routing: 'stewards-fallback', approverIds: [] })).toBe(true);
    expect(isToDecideBy(caller('rep-1', ['steward']), { ...routed, routing: 'stewards-fallback' })).toBe(false);
  });
});
