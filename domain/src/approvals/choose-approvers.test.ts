import { noApprovalConfig, type ApprovalConfig } from './approval-config';
import { chooseApprovers } from './choose-approvers';

const config: ApprovalConfig = {
  stewardsByTerritory: { Nord: ['steward-nord'], Solo: ['rep-1'] },
  stewardsByTeam: { export: ['steward-export', 'rep-1'] },
  fallbackStewards: ['steward-1', 'steward-2', 'rep-1'],
};
const manager = { kind: 'found' as const, manager: { id: 'boss', displayName: 'Béatrice Boss' } };

describe('chooseApprovers', () => {
  it('routes to the steward group of the tier territory before anyone else', () => {
    expect(chooseApprovers(config, { requesterId: 'rep-1', territory: 'Nord', ownerTeam: 'export', manager })).toEqual({
      approverIds: ['steward-nord'],
      routing: 'steward-group',
      routingRetry: false,
    });
  });

  it('then to the owner team group, leaving the requester out of it', () => {
    expect(chooseApprovers(config, { requesterId: 'rep-1', territory: 'Sud', ownerTeam: 'export', manager }).approverIds).toEqual(['steward-export']);
  });

  it('ignores a group made of the requester alone', () => {
    expect(chooseApprovers(config, { requesterId: 'rep-1', territory: 'Solo', ownerTeam: 'north', manager }).routing).toBe('manager');
  });

  it('routes to the manager the directory found', () => {
    expect(chooseApprovers(config, { requesterId: 'rep-1', ownerTeam: 'north', manager })).toEqual({ approverIds: ['boss'], routing: 'manager', routingRetry: false });
  });

  it('falls back to the stewards for good when the requester has no manager', () => {
    expect(chooseApprovers(config, { requesterId: 'rep-1', ownerTeam: 'north', manager: { kind: 'none' } })).toEqual({
      approverIds: ['steward-1', 'steward-2'],
      routing: 'stewards-fallback',
      routingRetry: false,
    });
  });

  it('falls back to the stewards and marks for retry when the directory is down', () => {
    expect(chooseApprovers(config, { requesterId: 'rep-1', ownerTeam: 'north', manager: { kind: 'unavailable', reason: 'HTTP 503' } })).toEqual({
      approverIds: ['steward-1', 'steward-2'],
      routing: 'stewards-fallback',
      routingRetry: true,
    });
  });

  it('never routes a request to its own author as manager', () => {
    const self = { kind: 'found' as const, manager: { id: 'rep-1', displayName: 'Me' } };
    expect(chooseApprovers(config, { requesterId: 'rep-1', ownerTeam: 'north', manager: self }).routing).toBe('stewards-fallback');
  });

  it('without a directory nor configuration, routes to nobody in particular (stewards and admins decide)', () => {
    expect(chooseApprovers(noApprovalConfig, { requesterId: 'rep-1', ownerTeam: 'north' })).toEqual({
      approverIds: [],
      routing: 'stewards-fallback',
      routingRetry: false,
    });
  });
});
