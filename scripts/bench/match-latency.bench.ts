import { TableClient, type TransactionAction } from '@azure/data-tables';
import { BLOCK_KEY_CAP, tierIndexEntries, type Tier } from '@relais/domain';
import type { App } from '../../functions/src/composition-root';
import { blockPostingEntity } from '../../functions/src/storage/block-postings';
import { percentiles, timeMany } from './percentiles';
import { seededRandom } from './seeded-random';

export type MatchLatencyOptions = { tiers: number; samples: number; connectionString: string; tablePrefix: string };
type Http = (method: string, path: string, body?: unknown) => Promise<Response>;

export const ACTIVITIES = [
  'Boulangerie', 'Menuiserie', 'Transports', 'Plomberie', 'Charpente', 'Fonderie', 'Imprimerie', 'Conserverie', 'Scierie', 'Garage',
  'Pharmacie', 'Laboratoires', 'Électricité', 'Maçonnerie', 'Fromagerie', 'Tonnellerie', 'Brasserie', 'Quincaillerie', 'Papeterie', 'Ateliers',
  'Carrosserie', 'Serrurerie', 'Chaudronnerie', 'Mécanique', 'Logistique', 'Textiles', 'Verrerie', 'Distillerie', 'Biscuiterie', 'Horticulture',
];
export const SURNAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel',
  'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet',
  'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin',
  'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis',
  'Lemaire', 'Duval', 'Joly', 'Gautier', 'Roger', 'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Jean', 'Perez', 'Marchand', 'Dufour',
  'Blanchard', 'Marie', 'Barbier', 'Brun', 'Dumas', 'Brunet', 'Schmitt', 'Leroux', 'Colin', 'Fernandez', 'Pierre', 'Renard', 'Arnaud', 'Rolland',
  'Caron', 'Aubert', 'Giraud', 'Leclerc', 'Vidal', 'Bourgeois', 'Renaud', 'Lemoine', 'Picard', 'Gaillard', 'Philippe', 'Leclercq', 'Lacroix', 'Fabre',
];
export const FIRST_NAMES = [
  'Camille', 'Dominique', 'Claude', 'Frédéric', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Philippe', 'Pierre', 'Nicolas', 'Christophe',
  'Stéphane', 'Sébastien', 'Julien', 'Thomas', 'Sophie', 'Valérie', 'Sandrine', 'Céline', 'Hélène', 'Anne', 'Marie', 'Laurent', 'Éric', 'Olivier',
  'David', 'Thierry', 'Jean-Luc', 'Anne-Sophie', 'Claire', 'Julie', 'Aurélie', 'Émilie', 'Vincent', 'Patrick', 'Michel', 'Alain', 'Gaël', 'Léa',
];
export const CITIES = [
  ['75011', 'Paris'], ['69003', 'Lyon'], ['13008', 'Marseille'], ['31000', 'Toulouse'], ['33000', 'Bordeaux'], ['59000', 'Lille'], ['44000', 'Nantes'],
  ['67000', 'Strasbourg'], ['35000', 'Rennes'], ['21000', 'Dijon'], ['74000', 'Annecy'], ['29200', 'Brest'], ['80000', 'Amiens'], ['85000', 'La Roche-sur-Yon'],
] as const;
export const FORMS = ['SAS', 'SARL', 'SA', 'EURL', 'SASU', 'SNC', ''];

export const luhn = (body: string): string => {
  for (let d = 0; d <= 9; d += 1) {
    const digits = `${body}${d}`;
    const sum = [...digits].reverse().reduce((s, c, i) => s + (i % 2 ? (Number(c) * 2 > 9 ? Number(c) * 2 - 9 : Number(c) * 2) : Number(c)), 0);
    if (sum % 10 === 0) return `${body}${d}`;
  }
  return `${body}0`;
};

export const ascii = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]+/g, '');

/** A realistic base: organisations with French names (namesakes in other towns, as in real bases) and their contacts. */
const generateTier = (i: number): Tier => {
  const next = seededRandom(i + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const stored = { id: `bench-m-${i}`, ownerTeam: 'bench', confidentiality: 'public' as const, status: 'active' as const, createdAt: '2026-01-01T00:00:00Z', createdBy: 'bench', updatedAt: '2026-01-01T00:00:00Z' };
  if (i % 5 < 3) {
    const surname = pick(SURNAMES);
    const second = next() < 0.4 ? ` ${pick(['& Fils', 'Frères', `et ${pick(SURNAMES)}`, pick(SURNAMES)])}` : '';
    const [postcode, city] = pick(CITIES);
    const name = `${pick(ACTIVITIES)} ${surname}${second} ${pick(FORMS)}`.trim();
    const domain = `${ascii(surname)}-${i}.fr`;
    return {
      ...stored, kind: 'organisation', names: [{ type: 'legal', value: name }], siren: luhn(String(10_000_000 + i * 7)),
      emailDomains: [domain], website: `https://www.${domain}`, phones: [{ type: 'switchboard', number: `+33 1 ${String(10_000_000 + i).slice(-8).replace(/(\d\d)(?=\d)/g, '$1 ')}` }],
      addresses: [{ kind: 'postal', postcode, city, country: 'FR' }],
    };
  }
  const first = pick(FIRST_NAMES);
  const last = pick(SURNAMES);
  return {
    ...stored, kind: 'person', civility: next() < 0.5 ? 'Mme' : 'M.', firstName: first, lastName: last,
    emails: [`${ascii(first)}.${ascii(last)}.${i}@client-${i % 9000}.fr`], phones: [{ type: 'mobile', number: `+33 6 ${String(20_000_000 + i).slice(-8).replace(/(\d\d)(?=\d)/g, '$1 ')}` }],
  };
};

/** A draft as a rep would type the same tier again: accents dropped, legal form left out, a letter wrong, names swapped. */
const variantOf = (tier: Tier, i: number): Record<string, unknown> => {
  const typo = (word: string) => (word.length > 5 ? `${word.slice(0, 3)}${word[4]}${word[3]}${word.slice(5)}` : word);
  if (tier.kind === 'organisation') {
    const legal = tier.names[0]!.value.replace(/\s(SAS|SARL|SA|EURL|SASU|SNC)$/, '');
    const name = i % 3 === 0 ? legal.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase() : legal.split(' ').map((w, k) => (k === 1 ? typo(w) : w)).join(' ');
    return { kind: 'organisation', names: [{ type: 'legal', value: name }], ...(i % 2 ? { emailDomains: tier.emailDomains } : { addresses: tier.addresses }) };
  }
  return i % 2
    ? { kind: 'person', firstName: tier.lastName, lastName: tier.firstName, emails: tier.emails }
    : { kind: 'person', firstName: tier.firstName, lastName: typo(tier.lastName), phones: tier.phones?.map((p) => p.number.replace(/\s/g, '')) };
};

const inParallel = async (count: number, concurrency: number, work: (i: number) => Promise<unknown>) => {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await work(next++);
  }));
};

/**
 * Seeds without the use cases (they would match and index each tier one by one): tiers through the
 * store port, and their block posting lists built in memory, then written a bucket partition at
 * a time, 100 lists per transaction. Other indexes (names, e-mails) are not needed to match.
 */
const seed = async (app: App, options: MatchLatencyOptions): Promise<number> => {
  const indexes = TableClient.fromConnectionString(options.connectionString, `${options.tablePrefix}Indexes`, { allowInsecureConnection: true });
  await indexes.createTable();
  const postings = new Map<string, string[]>();
  await inParallel(options.tiers, 32, async (i) => {
    const tier = generateTier(i);
    for (const { name, key } of tierIndexEntries(tier)) {
      if (name !== 'block') continue;
      const ids = postings.get(key) ?? [];
      if (ids.length < BLOCK_KEY_CAP) ids.push(tier.id);
      postings.set(key, ids);
    }
    await app.deps.tiers.create(tier, []);
  });
  const byPartition = new Map<string, TransactionAction[]>();
  for (const [key, ids] of postings) {
    const entity = blockPostingEntity(key, ids.sort());
    byPartition.set(entity.partitionKey, [...(byPartition.get(entity.partitionKey) ?? []), ['upsert', entity, 'Replace']]);
  }
  const batches = [...byPartition.values()].flatMap((actions) => Array.from({ length: Math.ceil(actions.length / 100) }, (_, k) => actions.slice(k * 100, k * 100 + 100)));
  await inParallel(batches.length, 16, (k) => indexes.submitTransaction(batches[k]!));
  return postings.size;
};

/**
 * `POST /api/tiers/match` latency over HTTP at `tiers` tiers, with drafts that are variants of
 * existing tiers (and whether the tier meant comes first).
 */
export async function benchMatchLatency(app: App, http: Http, options: MatchLatencyOptions) {
  const started = performance.now();
  const keys = await seed(app, options);
  const seedSeconds = Math.round((performance.now() - started) / 100) / 10;
  let foundFirst = 0;
  const samples = await timeMany(options.samples, 1, async (s) => {
    const target = generateTier((s * 7919) % options.tiers);
    const response = await http('POST', '/api/tiers/match', variantOf(target, s));
    const body = (await response.json()) as { candidates: { tierId: string }[] };
    if (body.candidates[0]?.tierId === target.id) foundFirst += 1;
  });
  return {
    seeded: { tiers: options.tiers, blockKeys: keys, seconds: seedSeconds, how: 'tiers through the store port, block posting lists written directly' },
    latencyMs: percentiles(samples),
    targetP95Ms: 50,
    variantFoundFirst: Math.round((foundFirst / options.samples) * 1000) / 1000,
  };
}
