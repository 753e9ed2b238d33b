import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApi, type ApiResponse, type TestApi } from '../support/api-harness';

jest.setTimeout(900_000);

const fixture = (name: string): Buffer => readFileSync(join(__dirname, '..', 'fixtures', 'imports', name));

type Item = { line: number; outcome: string; organisations?: { tierId: string; outcome: string }[]; person?: { tierId: string; organisationIds: string[] }; warnings?: { code: string; message: string }[]; problems?: { code: string; message: string }[] };
type Report = {
  importId: string;
  rows: Record<string, number>;
  organisations: Record<string, number>;
  persons: Record<string, number>;
  file: Record<string, unknown>;
  rejected: { line: number; problems: { code: string; message: string }[] }[];
  warnings: { line: number; code: string; message: string }[];
  items: { items: Item[]; nextCursor: string | null };
};

let api: TestApi;
let steward: string;
beforeAll(async () => {
  api = await startApi();
  steward = await api.tokenFor({ userId: 'st1', name: 'Sandrine Steward', roles: ['steward'], teams: ['nord'] });
});
afterAll(() => api.stop());

/** An import is a job: what is refused at once is answered, else the job is followed to its report. */
const imported = async (target: TestApi, started: ApiResponse, token: string): Promise<ApiResponse<Report>> => {
  if (started.status !== 202) return started;
  const job = await target.job<Report>(started, token);
  expect(job.body.status).toBe('succeeded');
  return { ...job, body: job.body.result! };
};
const post = async (body: Buffer, query: string, lang = 'fr'): Promise<ApiResponse<Report>> =>
  imported(api, await api.call('POST', `/api/imports${query}`, { token: steward, raw: body as unknown as string, headers: { 'content-type': 'text/csv', 'accept-language': lang } }), steward);
const get = (path: string, lang = 'fr') => api.call('GET', path, { token: steward, headers: { 'accept-language': lang } });
const item = (report: Report, line: number): Item => report.items.items.find((i) => i.line === line)!;
const tierOf = async (id: string) => (await get(`/api/tiers/${id}`)).body;
const peopleOf = async (id: string): Promise<string[]> => (await get(`/api/tiers/${id}/people?limit=50`)).body.items.map((p: { person: { id: string } }) => p.person.id);

describe('a HubSpot export, companies and contacts imported together (--from hubspot)', () => {
  let companies: Report;
  let contacts: Report;
  beforeAll(async () => {
    const first = await post(fixture('hubspot-companies.csv'), '?from=hubspot');
    expect(first.status).toBe(200);
    companies = first.body;
    const second = await post(fixture('hubspot-contacts.csv'), '?from=hubspot');
    expect(second.status).toBe(200);
    contacts = second.body;
  });

  it('reads HubSpot’s layout: UTF-8 with a BOM, commas, a description on two lines, date-times as creation dates', async () => {
    expect(companies.file).toMatchObject({ encoding: 'utf-8', bom: true, separator: ',' });
    expect(companies.rows).toMatchObject({ read: 9, imported: 7, merged: 1, rejected: 1 });
    expect(item(companies, 8)).toMatchObject({ outcome: 'merged', organisations: [{ outcome: 'created', tierId: item(companies, 2).organisations![0]!.tierId }] });
    const lefort = await tierOf(item(companies, 2).organisations![0]!.tierId);
    expect(lefort).toMatchObject({ siret: '41234567000019', createdAt: '2021-03-04T00:00:00Z', lifecycle: 'client', emailDomains: ['lefort-menuiserie.fr'] });
    expect(lefort.addresses[0]).toMatchObject({ lines: ['14 rue des Tanneurs'], postcode: '59000', city: 'Lille', country: 'FR' });
    const caron = await tierOf(item(companies, 6).organisations![0]!.tierId);
    expect(caron).toMatchObject({ createdAt: '2018-10-02T00:00:00Z', addresses: [expect.objectContaining({ lines: ['5, allée des Imprimeurs', 'Bâtiment C'] })] });
    const delmotte = await tierOf(item(companies, 5).organisations![0]!.tierId);
    expect(delmotte.addresses[0]).toMatchObject({ lines: ['ZA du Moulin'], poBox: 'BP 12', city: 'Valenciennes', cedex: 'CEDEX' });
  });

  it('refuses a SIRET whose first nine digits are no valid SIREN, naming it in the caller’s language', () => {
    expect(companies.rejected).toEqual([{ line: 11, reason: 'siret', problems: [expect.objectContaining({ code: 'SIRET_INVALID', value: '55208131800008' })] }]);
    expect(companies.rejected[0]!.problems[0]!.message).toMatch(/^SIRET invalide\u00a0: 14 chiffres/);
  });

  it('never gives a company a personal e-mail domain, and a personal address never finds a company', async () => {
    expect(companies.warnings).toContainEqual(expect.objectContaining({ line: 10, code: 'PERSONAL_EMAIL_DOMAIN' }));
    const dupuis = await tierOf(item(companies, 10).organisations![0]!.tierId);
    expect(dupuis.emailDomains).toBeUndefined();
    const vasseur = await tierOf(item(companies, 4).organisations![0]!.tierId);
    expect(vasseur.emailDomains).toEqual(['fromagerie-vasseur.fr']);
    const lookup = await api.call('POST', '/api/lookup', { token: steward, body: { emails: ['quelquun@orange.fr', 'paul.vasseur@gmail.com'] } });
    expect(lookup.status).toBe(200);
    expect(lookup.body.results.map((r: { organisations: unknown[] }) => r.organisations)).toEqual([[], []]);
  });

  it('links each contact to every company HubSpot associates, by record id, without a second copy of any', async () => {
    expect(contacts.rows).toMatchObject({ read: 7, imported: 7, rejected: 0 });
    expect(contacts.persons).toMatchObject({ created: 7, linkedToSeveral: 1 });
    expect(contacts.organisations.created).toBe(1); // Garage Masson, whose id is in no companies file
    expect(contacts.warnings).toEqual([expect.objectContaining({ line: 6, code: 'COMPANY_UNKNOWN' })]);
    const delmotte = item(companies, 5).organisations![0]!.tierId;
    const caron = item(companies, 6).organisations![0]!.tierId;
    const sophie = item(contacts, 4).person!;
    expect([...sophie.organisationIds].sort()).toEqual([delmotte, caron].sort());
    expect(await peopleOf(delmotte)).toContain(sophie.tierId);
    expect(await peopleOf(caron)).toEqual(expect.arrayContaining([sophie.tierId, item(contacts, 7).person!.tierId]));
    const vasseur = item(companies, 4).organisations![0]!.tierId;
    expect(item(contacts, 3).person!.organisationIds).toEqual([vasseur]);
    expect(item(contacts, 5).person!.organisationIds).toEqual([]);
    const search = await get('/api/tiers?q=vasseur');
    expect(search.body.items.filter((t: { kind: string }) => t.kind === 'organisation')).toHaveLength(1);
  });
});

describe('Salesforce report exports (ISO-8859-1, every value quoted, a footer)', () => {
  let accounts: Report;
  let contacts: Report;
  beforeAll(async () => {
    accounts = (await post(fixture('salesforce-accounts.csv'), '?from=salesforce', 'en')).body;
    contacts = (await post(fixture('salesforce-contacts.csv'), '?from=salesforce', 'en')).body;
  });

  it('reads the accounts, leaves the footer out, and reads a street on two lines with its PO box and CEDEX', async () => {
    expect(accounts.file).toMatchObject({ encoding: 'windows-1252', separator: ',' });
    expect(accounts.rows).toMatchObject({ read: 10, imported: 5, rejected: 1, skipped: 4 });
    expect(accounts.organisations.created).toBe(5);
    const legall = await tierOf(item(accounts, 4).organisations![0]!.tierId);
    expect(legall.addresses[0]).toMatchObject({ lines: ['ZI de Kergonan'], poBox: 'BP 45', postcode: '29200', city: 'Brest', cedex: 'CEDEX 2' });
    const fontaine = await tierOf(item(accounts, 2).organisations![0]!.tierId);
    expect(fontaine).toMatchObject({ createdAt: '2021-03-04T00:00:00Z', lifecycle: 'client', externalIds: expect.arrayContaining([{ system: 'salesforce', id: '0015g00000ScFoAAB' }]) });
  });

  it('applies La Poste’s rule to its establishments’ SIRETs', () => {
    expect(item(accounts, 8).outcome).toBe('imported');
    expect(accounts.rejected).toEqual([{ line: 9, reason: 'siret', problems: [expect.objectContaining({ code: 'SIRET_INVALID', value: '35600000000014' })] }]);
    expect(accounts.rejected[0]!.problems[0]!.message).toMatch(/^Invalid SIRET/);
  });

  it('understands the salutations with their dot, and keeps one person at two accounts', async () => {
    expect(contacts.rows).toMatchObject({ read: 10, rejected: 0, skipped: 4 });
    expect(contacts.warnings).toEqual([]);
    const civility = async (line: number) => (await tierOf(item(contacts, line).person!.tierId)).civility;
    expect([await civility(2), await civility(3), await civility(4), await civility(5), await civility(7)]).toEqual(['Mme', 'Mme', 'M.', undefined, undefined]);
    const camille = item(contacts, 5).person!;
    expect(item(contacts, 6).person!.tierId).toBe(camille.tierId);
    const fontaine = item(accounts, 2).organisations![0]!.tierId;
    const legall = item(accounts, 4).organisations![0]!.tierId;
    expect([...camille.organisationIds].sort()).toEqual([fontaine, legall].sort());
    expect(await peopleOf(legall)).toContain(camille.tierId);
    expect(contacts.persons).toMatchObject({ created: 5, mergedInFile: 1, linkedToSeveral: 1 });
  });
});

describe('a Pipedrive export: one-line addresses', () => {
  it('reads each address by the French rules, and keeps the unreadable one as written with a warning', async () => {
    const response = await post(fixture('pipedrive-organizations.csv'), '?from=pipedrive');
    expect(response.status).toBe(200);
    const report = response.body;
    expect(report.rows).toMatchObject({ read: 8, imported: 7, merged: 1, rejected: 0 });
    const address = async (line: number) => {
      const { id, ...written } = (await tierOf(item(report, line).organisations![0]!.tierId)).addresses[0]!;
      expect(id).toEqual(expect.any(String));
      return written;
    };
    expect(await address(2)).toEqual({ kind: 'postal', lines: ['12 Rue Nationale'], postcode: '59000', city: 'Lille', country: 'FR' });
    expect(await address(3)).toEqual({ kind: 'postal', lines: ['1 Place de la Gare'], postcode: '59800', city: 'Lille', cedex: 'CEDEX 08', country: 'FR' });
    expect(await address(4)).toEqual({ kind: 'postal', lines: ['ZI des Dunes'], poBox: 'BP 45', postcode: '59140', city: 'Dunkerque', cedex: 'CEDEX 1', country: 'FR' });
    expect(await address(5)).toEqual({ kind: 'postal', poBox: 'CS 70001', postcode: '59046', city: 'Lille', cedex: 'CEDEX', country: 'FR' });
    expect(await address(6)).toEqual({ kind: 'postal', lines: ['Lieu-dit Les Granges'], postcode: '24200', city: 'Sarlat-la-Canéda', country: 'FR' });
    expect(await address(7)).toEqual({ kind: 'postal', lines: ['Zone artisanale nord'], country: 'FR' });
    expect(await address(8)).toEqual({ kind: 'postal', lines: ['7 Avenue de la Costa'], postcode: '98000', city: 'Monaco', country: 'MC' });
    expect(report.warnings).toEqual([expect.objectContaining({ line: 7, code: 'ADDRESS_UNPARSED', message: 'Adresse sur une ligne non reconnue, gardée telle quelle' })]);
    expect(item(report, 9)).toMatchObject({ outcome: 'merged' });

    const people = (await post(fixture('pipedrive-people.csv'), '?from=pipedrive')).body;
    expect(people.rows).toMatchObject({ read: 6, imported: 6, rejected: 0 });
    expect(people.organisations).toMatchObject({ created: 0, matchedInBase: 5 });
    expect(item(people, 2).person!.organisationIds).toEqual([item(report, 2).organisations![0]!.tierId]);
  });

  it('reads the one-line address with a mapping written by hand, as a customer did before presets', async () => {
    const mapping = { columns: { 'Organization - Name': 'organisation.legalName', 'Organization - Address': 'organisation.addressLine' } };
    const file = Buffer.from('Organization - Name,Organization - Address\n"Boucherie Lemaître","45 Grande Rue, 62100 Calais, France"\n"Cave Vernier","BP 8, 62200 Boulogne-sur-Mer Cedex"\n');
    const response = await post(file, `?mapping=${encodeURIComponent(JSON.stringify(mapping))}`);
    expect(response.body.rows).toMatchObject({ read: 2, imported: 2, rejected: 0 });
    const cave = await tierOf(item(response.body, 3).organisations![0]!.tierId);
    expect(cave.addresses).toEqual([{ id: expect.any(String), kind: 'postal', poBox: 'BP 8', postcode: '62200', city: 'Boulogne-sur-Mer', cedex: 'CEDEX', country: 'FR' }]);
  });
});

describe('exports mapped by hand, as customers did before presets', () => {
  const send = (lines: string[], columns: Record<string, string>) =>
    post(Buffer.from(lines.join('\n')), `?mapping=${encodeURIComponent(JSON.stringify({ columns }))}`);

  it('keeps a personal e-mail domain off the company, out of its index, and out of matching', async () => {
    const report = (
      await send(['Société;Domaine;Prénom;Nom;Email', 'Taxis Ambroise;orange.fr;Gilles;Ambroise;gilles.ambroise@orange.fr', 'Ambulances Moreau;gmail.com;Rose;Moreau;rose.moreau@gmail.com'], {
        Société: 'organisation.legalName', Domaine: 'organisation.emailDomain', Prénom: 'person.firstName', Nom: 'person.lastName', Email: 'person.email',
      })
    ).body;
    expect(report.rows).toMatchObject({ imported: 2, rejected: 0 });
    for (const line of [2, 3]) expect((await tierOf(item(report, line).organisations![0]!.tierId)).emailDomains).toBeUndefined();
    const lookup = await api.call('POST', '/api/lookup', { token: steward, body: { emails: ['voisin@orange.fr', 'inconnu@gmail.com'] } });
    expect(lookup.body.results.map((r: { organisations: unknown[] }) => r.organisations)).toEqual([[], []]);
  });

  it('understands Salesforce’s salutations with their dot', async () => {
    const report = (
      await send(['Account Name;Salutation;First Name;Last Name', 'Cidrerie Hamon;Ms.;Gaëlle;Hamon', 'Cidrerie Hamon;Mrs.;Odile;Hamon', 'Cidrerie Hamon;Dr.;Yann;Le Bris'], {
        'Account Name': 'organisation.legalName', Salutation: 'person.civility', 'First Name': 'person.firstName', 'Last Name': 'person.lastName',
      })
    ).body;
    expect(report.warnings).toEqual([]);
    const civilities = await Promise.all([2, 3, 4].map(async (line) => (await tierOf(item(report, line).person!.tierId)).civility));
    expect(civilities).toEqual(['Mme', 'Mme', undefined]);
  });

  it('takes HubSpot’s date-times as creation dates', async () => {
    const report = (
      await send(['Company name,Create Date', 'Tissages Ruaux,2021-03-04 10:12', 'Vanneries Pichon,2019-11-05T08:30:00Z'], { 'Company name': 'organisation.legalName', 'Create Date': 'createdAt' })
    ).body;
    expect(report.rows).toMatchObject({ imported: 2, rejected: 0 });
    expect((await tierOf(item(report, 2).organisations![0]!.tierId)).createdAt).toBe('2021-03-04T00:00:00Z');
    expect((await tierOf(item(report, 3).organisations![0]!.tierId)).createdAt).toBe('2019-11-05T00:00:00Z');
  });
});

describe('a person who appears at two companies', () => {
  const file = Buffer.from(
    [
      'Raison sociale;Ville;Code postal;Prénom;Nom;Email;Dernier contact',
      'Cabinet Arnaud Expertise;Rouen;76000;Mathilde;Arnaud;mathilde.arnaud@arnaud-expertise.fr;12/01/2025',
      'Verrerie Normande SAS;Évreux;27000;Mathilde;Arnaud;mathilde.arnaud@arnaud-expertise.fr;03/02/2025',
      'Poterie du Vexin;Gisors;27140;Mathilde;Arnaud;mathilde.arnaud@arnaud-expertise.fr;',
    ].join('\n'),
  );

  it('is one person, linked to each, and the dry run answers what the run does', async () => {
    const fresh = await startApi();
    try {
      const token = await fresh.tokenFor({ userId: 'st2', name: 'Serge Steward', roles: ['steward'], teams: ['nord'] });
      const send = async (query: string) => imported(fresh, await fresh.call('POST', `/api/imports${query}`, { token, raw: file as unknown as string, headers: { 'content-type': 'text/csv' } }), token);
      const dry = (await send('?dryRun=true')).body as Report;
      const run = (await send('')).body as Report;
      const persons = new Set(run.items.items.map((i) => i.person!.tierId));
      expect(persons.size).toBe(1);
      const [person] = persons;
      const companies = run.items.items.map((i) => i.organisations![0]!.tierId);
      expect(new Set(companies).size).toBe(3);
      expect([...run.items.items[0]!.person!.organisationIds].sort()).toEqual([...companies].sort());
      for (const company of companies) expect((await fresh.call('GET', `/api/tiers/${company}/people`, { token })).body.items.map((p: { person: { id: string } }) => p.person.id)).toEqual([person]);
      expect(run.persons).toMatchObject({ created: 1, mergedInFile: 2, linkedToSeveral: 1 });
      const same = (r: Report) => ({ ...r, dryRun: undefined, summary: undefined, startedAt: undefined, finishedAt: undefined });
      expect(same(dry)).toEqual(same(run));
      const dryItems = await fresh.call('GET', `/api/imports/${run.importId}/items?dryRun=true`, { token });
      expect(dryItems.body.items).toEqual(run.items.items);
    } finally {
      await fresh.stop();
    }
  });
});

describe('the report', () => {
  it('gives the ids of what each row created, merged or skipped, a page at a time, worded in the reader’s language', async () => {
    const lines = ['Raison sociale;SIRET;Ville'];
    for (let i = 0; i < 12; i += 1) lines.push(`Atelier Numéro ${['Alpha', 'Bravo', 'Charlie', 'Delta', 'Écho', 'Foxtrot', 'Golf', 'Hôtel', 'India', 'Juliette', 'Kilo', 'Lima'][i]};;Rennes`);
    lines.push('Atelier Numéro Alpha;;Rennes', ';;Rennes', 'Atelier Mauvais;12345678901234;Rennes');
    const report = (await post(Buffer.from(lines.join('\n')), '')).body;
    expect(report.rows).toMatchObject({ read: 15, imported: 12, merged: 1, rejected: 2 });
    const pages: Item[] = [];
    for (let cursor: string | null | undefined, first = true; first || cursor; first = false) {
      const page = await get(`/api/imports/${report.importId}/items?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      pages.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    expect(pages.map((i) => i.line)).toEqual(Array.from({ length: 15 }, (_, i) => i + 2));
    expect(pages.find((i) => i.line === 14)).toMatchObject({ outcome: 'merged', organisations: [{ outcome: 'created', tierId: pages[0]!.organisations![0]!.tierId, intoLine: 2 }] });
    expect(pages.filter((i) => i.outcome === 'imported').every((i) => typeof i.organisations?.[0]?.tierId === 'string')).toBe(true);
    expect(pages.find((i) => i.line === 15)!.problems![0]).toMatchObject({ code: 'NAME_MISSING', message: 'La raison sociale est vide' });
    const english = await get(`/api/imports/${report.importId}/items?cursor=14&limit=2`, 'en');
    expect(english.body.items.map((i: Item) => i.problems![0]!.message)).toEqual(['The legal name is empty', expect.stringMatching(/^Invalid SIRET/)]);
    const again = (await post(Buffer.from(lines.join('\n')), '')).body;
    expect(again.rows).toMatchObject({ read: 15, imported: 0, merged: 0, alreadyImported: 13, rejected: 2 });
    expect(again.items.items.filter((i) => i.outcome === 'already-imported').map((i) => i.organisations![0]!.tierId)).toEqual(
      report.items.items.filter((i) => i.outcome !== 'rejected').map((i) => i.organisations![0]!.tierId),
    );
  });

  it('refuses what it cannot page: an unknown preset, a malformed id or cursor, a rep', async () => {
    const unknown = await post(Buffer.from('a\nb\n'), '?from=zoho');
    expect([unknown.status, unknown.body]).toEqual([400, expect.objectContaining({ errors: [expect.objectContaining({ path: 'from' })] })]);
    expect((await get('/api/imports/not-an-id/items')).status).toBe(400);
    expect((await get('/api/imports/0123456789abcdef/items?cursor=x')).status).toBe(400);
    expect((await get('/api/imports/0123456789abcdef')).status).toBe(404);
    const rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi', roles: ['rep'], teams: ['nord'] });
    expect((await api.call('GET', '/api/imports/0123456789abcdef/items', { token: rep })).status).toBe(403);
  });
});

describe('identifiers, everywhere', () => {
  it('the API refuses a SIRET off a valid SIREN and a La Poste SIRET off La Poste’s rule, and takes La Poste’s own', async () => {
    // A base of its own: the imports above brought La Poste establishments, which this one would duplicate.
    const fresh = await startApi();
    try {
      const token = await fresh.tokenFor({ userId: 'st3', name: 'Sam Steward', roles: ['steward'], teams: ['nord'] });
      const create = (siret: string, name: string) =>
        fresh.call('POST', '/api/tiers', { token, body: { kind: 'organisation', names: [{ type: 'legal', value: name }], siret } });
      const badSiren = await create('55208131800008', 'Électricité Martel');
      expect([badSiren.status, badSiren.body.errors]).toEqual([400, [expect.objectContaining({ path: 'siret' })]]);
      expect((await create('35600000000014', 'La Poste Bureau de Flers')).status).toBe(400);
      expect((await create('35600000000048', 'La Poste Siège')).status).toBe(201);
    } finally {
      await fresh.stop();
    }
  });
});
