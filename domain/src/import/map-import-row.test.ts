import { planColumns } from './import-columns';
import { parseImportDate } from './import-date';
import type { ImportMapping } from './import-mapping.schema';
import { legacyCrmMapping } from './legacy-mapping';
import { mapImportRow } from './map-import-row';
import { presetMapping } from './vendor-presets';

const header = ['Raison sociale', 'Nom commercial', 'SIRET', 'Adresse', 'Code postal', 'Ville', 'Civilité', 'Prénom', 'Nom', 'Email', 'Statut', 'Suivi par', 'Date création', 'Dernier contact', 'Commentaire'];
const plan = planColumns(header, legacyCrmMapping);
const map = (values: Partial<Record<(typeof header)[number], string>>) =>
  mapImportRow({ line: 7, cells: header.map((h) => values[h] ?? '') }, plan, legacyCrmMapping);
const valid = { 'Raison sociale': 'Conserverie Garnier SARL', SIRET: '71566859600201', 'Code postal': '67000', Ville: 'Strasbourg', Prénom: 'Dominique', Nom: 'Blanc', Email: 'Dominique.Blanc@Garnier-0.fr', Statut: 'Ancien client', 'Suivi par': 'S. Lemaire', 'Date création': '11/03/2016', 'Dernier contact': '09/09/2024' };

const mapWith = (mapping: ImportMapping, headers: string[], cells: Record<string, string>) =>
  mapImportRow({ line: 2, cells: headers.map((h) => cells[h] ?? '') }, planColumns(headers, mapping), mapping);

describe('mapImportRow', () => {
  it('maps a valid row: organisation with its contact’s company domain, person, status, owner, dates', () => {
    const result = map({ ...valid, Commentaire: 'Rappeler en septembre' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.row).toMatchObject({
      organisations: [{ siret: '71566859600201', emailDomains: ['garnier-0.fr'], addresses: [{ postcode: '67000', city: 'Strasbourg', country: 'FR' }] }],
      person: { firstName: 'Dominique', lastName: 'Blanc', emails: ['dominique.blanc@garnier-0.fr'] },
      lifecycle: 'former', owner: 'S. Lemaire', createdAt: '2016-03-11', lastContact: '2024-09-09', comment: 'Rappeler en septembre',
    });
  });

  it('rejects a row naming every problem by its code: check digit, date, e-mail, missing legal name, unknown status', () => {
    const result = map({ ...valid, 'Raison sociale': '', SIRET: '71566859600202', 'Dernier contact': '31/02/2021', Email: 'dominique@', Statut: 'Presque client' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code).sort()).toEqual(['DATE_INVALID', 'EMAIL_INVALID', 'LIFECYCLE_UNKNOWN', 'NAME_MISSING']);
    expect(map({ ...valid, SIRET: '71566859600202' })).toMatchObject({ ok: false, problems: [{ problem: 'siret', code: 'SIRET_INVALID' }] });
  });

  it('refuses a SIRET whose first nine digits are no valid SIREN, and a La Poste SIRET that breaks La Poste’s rule', () => {
    expect(map({ ...valid, SIRET: '55208131800008' })).toMatchObject({ ok: false, problems: [{ code: 'SIRET_INVALID', value: '55208131800008' }] });
    expect(map({ ...valid, SIRET: '35600000000014' })).toMatchObject({ ok: false, problems: [{ code: 'SIRET_INVALID' }] });
    expect(map({ ...valid, SIRET: '35600000000001' }).ok).toBe(true);
  });

  it('keeps a flagged comment out of the row and says why', () => {
    const result = map({ ...valid, Commentaire: 'Personne désagréable et idiote' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.row.comment).toBeUndefined();
    expect(result.row.flagged?.findings.length).toBeGreaterThan(0);
    expect(result.row.warnings.map((w) => w.code)).toEqual(['COMMENT_REFUSED']);
  });

  it('understands salutations with the dot, and titles that say no gender', () => {
    const civility = (text: string) => {
      const result = map({ ...valid, Civilité: text });
      return result.ok ? [result.row.person?.civility, result.row.warnings.map((w) => w.code)] : undefined;
    };
    expect(civility('Ms.')).toEqual(['Mme', []]);
    expect(civility('Mrs.')).toEqual(['Mme', []]);
    expect(civility('Mr.')).toEqual(['M.', []]);
    expect(civility('Dr.')).toEqual([undefined, []]);
    expect(civility('Prof.')).toEqual([undefined, []]);
    expect(civility('Sa Majesté')).toEqual([undefined, ['CIVILITY_UNKNOWN']]);
  });

  it('reads an address written whole in the street column, and keeps one it cannot read as written, with a warning', () => {
    const whole = map({ ...valid, Adresse: 'ZI des Dunes, BP 45, 59140 Dunkerque Cedex 1', 'Code postal': '', Ville: '' });
    expect(whole.ok && whole.row.organisations[0]!.addresses).toEqual([
      { kind: 'postal', lines: ['ZI des Dunes'], poBox: 'BP 45', postcode: '59140', city: 'Dunkerque', cedex: 'CEDEX 1', country: 'FR' },
    ]);
    const unread = map({ ...valid, Adresse: 'Zone industrielle nord', 'Code postal': '', Ville: '' });
    expect(unread.ok && unread.row.organisations[0]!.addresses).toEqual([{ kind: 'postal', lines: ['Zone industrielle nord'], country: 'FR' }]);
    expect(unread.ok && unread.row.warnings.map((w) => w.code)).toEqual(['ADDRESS_UNPARSED']);
  });

  it('never gives a company a personal e-mail domain, from the contact’s address or from a domain column', () => {
    const mapping: ImportMapping = { columns: { Société: 'organisation.legalName', Domaine: 'organisation.emailDomain', Email: 'person.email', Nom: 'person.lastName', Prénom: 'person.firstName' } };
    const headers = ['Société', 'Domaine', 'Email', 'Nom', 'Prénom'];
    const result = mapWith(mapping, headers, { Société: 'Boulangerie Martin', Domaine: 'orange.fr', Email: 'jeanne.martin@gmail.com', Nom: 'Martin', Prénom: 'Jeanne' });
    expect(result.ok && result.row.organisations[0]!.emailDomains).toBeUndefined();
    expect(result.ok && result.row.warnings.map((w) => w.code)).toEqual(['PERSONAL_EMAIL_DOMAIN']);
    expect(result.ok && result.row.person?.emails).toEqual(['jeanne.martin@gmail.com']);
  });

  it('maps a HubSpot contacts row: its companies by their record ids, the person’s own dates and status', () => {
    const headers = ['Record ID', 'First Name', 'Last Name', 'Email', 'Associated Company', 'Associated Company IDs', 'Lifecycle Stage', 'Create Date'];
    const mapping = presetMapping('hubspot', headers);
    const result = mapWith(mapping, headers, {
      'Record ID': '901', 'First Name': 'Jeanne', 'Last Name': 'Martin', Email: 'jeanne@martin-bois.fr', 'Associated Company': 'Martin Bois',
      'Associated Company IDs': '101;205', 'Lifecycle Stage': 'Customer', 'Create Date': '2021-03-04 10:12',
    });
    expect(result.ok && result.row).toMatchObject({
      organisations: [{ kind: 'organisation', names: [{ type: 'legal', value: 'Martin Bois' }] }],
      employerExternalIds: ['101', '205'],
      person: { firstName: 'Jeanne', lastName: 'Martin', externalIds: [{ system: 'hubspot', id: '901' }] },
      lifecycle: 'client',
      createdAt: '2021-03-04',
    });
  });
});

describe('parseImportDate', () => {
  it('reads dd/mm/yyyy and ISO, refuses dates that do not exist', () => {
    expect(parseImportDate('09/09/2024')).toBe('2024-09-09');
    expect(parseImportDate('1.2.2020')).toBe('2020-02-01');
    expect(parseImportDate('2020-02-29')).toBe('2020-02-29');
    expect(parseImportDate('31/02/2021')).toBeUndefined();
    expect(parseImportDate('2021-13-01')).toBeUndefined();
    expect(parseImportDate('hier')).toBeUndefined();
  });

  it('reads the date-times CRMs export, keeping the day as written', () => {
    expect(parseImportDate('2021-03-04 10:12')).toBe('2021-03-04');
    expect(parseImportDate('2021-03-04 10:12:05')).toBe('2021-03-04');
    expect(parseImportDate('2021-03-04T10:12:00.000Z')).toBe('2021-03-04');
    expect(parseImportDate('2021-03-04T10:12:00+01:00')).toBe('2021-03-04');
    expect(parseImportDate('04/03/2021 10:12')).toBe('2021-03-04');
    expect(parseImportDate('2021-02-30 10:12')).toBeUndefined();
    expect(parseImportDate('2021-03-04 lundi')).toBeUndefined();
  });
});
