import { parse } from 'csv-parse/sync';
import { startApi, type TestApi } from '../support/api-harness';

/** The segment CSV a marketer opens in Excel: the caller's language chooses separator, headers and words. */
let api: TestApi;
let rep: string;
let segmentId: string;

const FR_HEADER = 'Nom;SIREN;SIRET;Adresse;Code postal;Ville;Contact principal;E-mail;Téléphone;Cycle de vie;Suivi par;Équipe;Type;Dernier contact;Opportunité;Risque;Identifiant Relais';
const EN_HEADER = 'Name,SIREN,SIRET,Address,Postcode,City,Main contact,E-mail,Phone,Lifecycle,Followed by,Team,Kind,Last contact,Opportunity,Risk,Relais id';

beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep-csv', name: 'Rose Marketing', roles: ['rep'], teams: ['north'] });
  const org = await api.call<{ id: string }>('POST', '/api/tiers?confirm=distinct', {
    token: rep,
    body: {
      kind: 'organisation',
      names: [{ type: 'legal', value: 'Csvtest Menuiserie Lemoine' }],
      siren: '552100554',
      siret: '55210055400013',
      addresses: [
        { kind: 'postal', usages: ['delivery'], lines: ['Zone artisanale, lot 4'], postcode: '59200', city: 'Tourcoing' },
        { kind: 'postal', usages: ['head-office'], lines: ['12 rue des Tanneurs', 'BP 42'], postcode: '59000', city: 'Lille' },
      ],
      phones: [{ type: 'switchboard', number: '03 20 11 22 33' }],
      lifecycle: 'former',
    },
  });
  expect(org.status).toBe(201);
  const person = await api.call('POST', '/api/tiers?confirm=distinct', {
    token: rep,
    body: { kind: 'person', civility: 'M.', firstName: 'Jérôme', lastName: 'Lemoine', emails: ['j.lemoine@menuiserie-lemoine.fr'], phones: [{ type: 'mobile', number: '06 12 34 56 78' }], organisationId: org.body.id },
  });
  expect(person.status).toBe(201);
  await api.drain();
  const segment = await api.call<{ id: string }>('POST', '/api/segments', {
    token: rep,
    body: { name: 'Anciens clients « menuiserie »', definition: { type: 'and', conditions: [{ type: 'attribute', attribute: 'name', op: 'startsWith', value: 'Csvtest' }, { type: 'attribute', attribute: 'kind', op: 'eq', value: 'organisation' }] } },
  });
  expect(segment.status).toBe(201);
  segmentId = segment.body.id;
}, 60_000);
afterAll(() => api.stop());

/** Read as bytes: a text decoder would drop the byte-order mark this test looks for. */
const download = async (headers: Record<string, string>, query = '') => {
  const response = await fetch(`${api.base}/api/segments/${segmentId}/export${query}`, { headers: { ...headers, authorization: `Bearer ${rep}` } });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, bom: bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), text: bytes.subarray(3).toString('utf8') };
};

it('in French: UTF-8 BOM, `;`, French headers and words, and the columns a marketer needs', async () => {
  const csv = await download({ 'accept-language': 'fr-FR,fr;q=0.9' });
  expect(csv.status).toBe(200);
  expect(csv.bom).toBe(true);
  const [header, ...rows] = csv.text.trim().split('\r\n');
  expect(header).toBe(FR_HEADER);
  expect(rows).toHaveLength(1);
  const [row] = parse(csv.text, { delimiter: ';', columns: true }) as Record<string, string>[];
  expect(row).toMatchObject({
    Nom: 'Csvtest Menuiserie Lemoine',
    SIREN: '552100554',
    SIRET: '55210055400013',
    Adresse: '12 rue des Tanneurs, BP 42',
    'Code postal': '59000',
    Ville: 'Lille',
    'Contact principal': 'M. Jérôme Lemoine',
    'E-mail': 'j.lemoine@menuiserie-lemoine.fr',
    Téléphone: '06 12 34 56 78',
    'Cycle de vie': 'Ancien client',
    Équipe: 'north',
    Type: 'Organisation',
  });
});

it('in English: commas, English headers and words; an explicit separator still wins', async () => {
  const csv = await download({ 'accept-language': 'en-GB' });
  expect(csv.bom).toBe(true);
  expect(csv.text.split('\r\n')[0]).toBe(EN_HEADER);
  const [row] = parse(csv.text, { delimiter: ',', columns: true }) as Record<string, string>[];
  expect(row).toMatchObject({ Name: 'Csvtest Menuiserie Lemoine', Lifecycle: 'Former client', 'Main contact': 'M. Jérôme Lemoine', Kind: 'Organisation' });
  const frenchWithCommas = await download({ 'accept-language': 'fr' }, '?separator=comma');
  expect(frenchWithCommas.text.split('\r\n')[0]).toBe(FR_HEADER.replaceAll(';', ','));
});
