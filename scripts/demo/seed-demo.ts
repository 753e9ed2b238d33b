import { createRelation, createTier, logInteraction, searchTiers, updateTier, type Caller, type Deps } from '@relais/domain';
import { demoUsers } from '@relais/ui/auth/dev';
import { demoInteractions, demoRelations } from './demo-activity';
import { demoOrganisations } from './demo-organisations';
import { demoPeople } from './demo-people';

const DEMO_VERSION = 'demo-v1';

const callerOf = (userId: string): Caller => {
  const user = demoUsers.find((u) => u.userId === userId)!;
  return { userId: user.userId, name: user.name, email: user.email, roles: user.roles as Caller['roles'], teams: user.teams ?? [] };
};

/**
 * Loads the demo through the same use cases the API runs, back-dating the clock so facts have a
 * history. Every write carries an idempotency key, so a seed interrupted half-way completes on re-run.
 */
export const seedDemo = async (deps: Deps, log: (line: string) => void = () => {}): Promise<{ seeded: boolean; tierIds: Record<string, string> }> => {
  let now = new Date().toISOString();
  const at = (iso: string) => (now = iso);
  if ((await deps.index.find('idempotency', DEMO_VERSION)).length > 0) {
    log('demo data already loaded');
    return { seeded: false, tierIds: {} };
  }
  const d: Deps = { ...deps, clock: { now: () => now } };
  const ids: Record<string, string> = {};
  const idOf = (key: string) => ids[key] ?? key;

  for (const org of demoOrganisations) {
    at(org.createdAt);
    const parentId = org.key === 'lemaire-arras' ? { parentId: ids.lemaire } : {};
    const result = await createTier(d, callerOf(org.by), { ...org.draft, ...parentId }, { idempotencyKey: `${DEMO_VERSION}:${org.key}` });
    ids[org.key] = result.value.id;
    if (org.becameClientAt && result.created) {
      at(org.becameClientAt);
      // Lifecycle is reference data: the data steward records the move to client.
      await updateTier(d, callerOf('sophie.leroy'), result.value.id, { lifecycle: 'client' }, result.etag);
    }
  }
  for (const person of demoPeople) {
    at(`${person.since}T09:00:00+01:00`);
    const employer = person.organisation ? { organisationId: ids[person.organisation] } : {};
    const result = await createTier(d, callerOf(person.by), { ...person.draft, ...employer }, {
      idempotencyKey: `${DEMO_VERSION}:${person.key}`,
    });
    ids[person.key] = result.value.id;
  }
  for (const r of demoRelations) {
    at(`${r.startDate}T09:00:00+01:00`);
    const { by, from, to, ...rest } = r;
    await createRelation(d, callerOf(by), { ...rest, fromId: idOf(from), toId: idOf(to) }, { idempotencyKey: `${DEMO_VERSION}:${r.typeId}:${from}:${to}` });
  }
  for (const i of demoInteractions) {
    at(i.at);
    const body = JSON.parse(JSON.stringify(i.body).replace(/"@([a-z-]+)"/g, (_, key: string) => JSON.stringify(idOf(key))));
    await logInteraction(d, callerOf(i.by), { ...body, participants: i.tiers.map((key) => ({ tierId: idOf(key) })) }, {
      idempotencyKey: `${DEMO_VERSION}:${i.key}`,
    });
  }
  now = new Date().toISOString();
  await deps.index.put('idempotency', DEMO_VERSION, 'seed');
  log(`demo data loaded: ${Object.keys(ids).length} tiers, ${demoInteractions.length} interactions`);
  return { seeded: true, tierIds: ids };
};

/** The demo client whose card `npm start` prints (Brasserie Lemaire's head office, found by its SIRET), if the demo data is loaded. */
export const demoCardTierId = async (deps: Deps): Promise<string | undefined> => {
  const lemaire = demoOrganisations.find((org) => org.key === 'lemaire');
  const siret = lemaire && 'siret' in lemaire.draft ? lemaire.draft.siret : undefined;
  if (!siret) return undefined;
  const found = await searchTiers(deps, callerOf('sophie.leroy'), { q: siret });
  return found.items[0]?.id;
};
