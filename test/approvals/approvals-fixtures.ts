import type { Approvals, Person } from './approvals-harness';

export const users = {
  rep: { userId: 'rep-alice', name: 'Alice Martin', roles: ['rep' as const] },
  otherRep: { userId: 'rep-bruno', name: 'Bruno Petit', roles: ['rep' as const] },
  manager: { userId: 'mgr-claire', name: 'Claire Dubois', roles: ['manager' as const] },
  otherManager: { userId: 'mgr-denis', name: 'Denis Moreau', roles: ['manager' as const] },
  steward: { userId: 'stw-emma', name: 'Emma Laurent', roles: ['steward' as const] },
};

/** An organisation with a shop sign (a dated fact) and a website (a top-level field). */
export const createOrganisation = async (approvals: Approvals, by: Person, name = 'Boulangeries Ficelle') => {
  const created = await approvals.api.call('POST', '/api/tiers', {
    token: by.token,
    body: { kind: 'organisation', names: [{ type: 'legal', value: name }], website: 'https://ficelle.example.fr', lifecycle: 'prospect' },
  });
  if (created.status !== 201) throw new Error(`tier not created: ${created.text}`);
  return { tierId: created.body.id as string, etag: created.headers.get('etag') ?? '' };
};

/** A rep logs a meeting and, in it, asks for the shop sign to change: the usual way a request is born (and its approvers are told). */
export const logMeetingWithSignChange = async (approvals: Approvals, by: Person, tierId: string, change: { from?: unknown; to: unknown } = { to: 'Ficelle & Fils' }) => {
  const logged = await approvals.api.call('POST', '/api/interactions', {
    token: by.token,
    body: {
      direction: 'outbound',
      medium: 'face-to-face',
      occurredAt: '2025-03-14T09:30:00+01:00',
      subject: 'Visite du magasin de Lille',
      participants: [{ tierId }],
      changeRequests: [{ tierId, changes: [{ path: 'facts.sign', ...change }], reason: 'New sign seen over the shop' }],
    },
  });
  if (logged.status !== 201) throw new Error(`interaction not logged: ${logged.text}`);
  await approvals.api.drain(); // approvers are told by the queued work
  return { interactionId: logged.body.id as string, changeRequestId: logged.body.changeRequestIds[0] as string };
};
