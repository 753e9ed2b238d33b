import { planColumns } from './import-columns';
import { legacyCrmMapping } from './legacy-mapping';
import { parseLegacyDate } from './legacy-date';
import { mapImportRow } from './map-import-row';

const header = ['Raison sociale', 'Nom commercial', 'SIRET', 'Code postal', 'Ville', 'Prénom', 'Nom', 'Email', 'Statut', 'Suivi par', 'Date création', 'Dernier contact', 'Commentaire'];
const plan = planColumns(header, legacyCrmMapping);
const map = (values: Partial<Record<(typeof header)[number], string>>) =>
  mapImportRow({ line: 7, cells: header.map((h) => values[h] ?? '') }, plan, legacyCrmMapping);
const valid = { 'Raison sociale': 'Conserverie Garnier SARL', SIRET: '71566859600201', 'Code postal': '67000', Ville: 'Strasbourg', Prénom: 'Dominique', Nom: 'Blanc', Email: 'Dominique.Blanc@Garnier-0.fr', Statut: 'Ancien client', 'Suivi par': 'S. Lemaire', 'Date création': '11/03/2016', 'Dernier contact': '09/09/2024' };

describe('mapImportRow', () => {
  it('maps a valid row: organisation with its contact’s company domain, person, status, owner, dates', () => {
    const result = map({ ...valid, Commentaire: 'Rappeler en septembre' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.row).toMatchObject({
      organisation: { siret: '71566859600201', emailDomains: ['garnier-0.fr'], addresses: [{ postcode: '67000', city: 'Strasbourg', country: 'FR' }] },
      person: { firstName: 'Dominique', lastName: 'Blanc', emails: ['dominique.blanc@garnier-0.fr'] },
      lifecycle: 'former', owner: 'S. Lemaire', createdAt: '2016-03-11', lastContact: '2024-09-09', comment: 'Rappeler en septembre',
    });
  });

  it('rejects a row naming every problem: check digit, date, e-mail, missing legal name, unknown status', () => {
    const result = map({ ...valid, 'Raison sociale': '', SIRET: '71566859600202', 'Dernier contact': '31/02/2021', Email: 'dominique@', Statut: 'Presque client' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.problem).sort()).toEqual(['date', 'email', 'lifecycle', 'name']);
    expect(map({ ...valid, SIRET: '71566859600202' })).toMatchObject({ ok: false, problems: [{ problem: 'siret' }] });
  });

  it('keeps a flagged comment out of the row and says why', () => {
    const result = map({ ...valid, Commentaire: 'Personne désagréable et idiote' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.row.comment).toBeUndefined();
    expect(result.row.flagged?.findings.length).toBeGreaterThan(0);
    expect(result.row.warnings.map((w) => w.problem)).toEqual(['comment']);
  });
});

describe('parseLegacyDate', () => {
  it('reads dd/mm/yyyy and ISO, refuses dates that do not exist', () => {
    expect(parseLegacyDate('09/09/2024')).toBe('2024-09-09');
    expect(parseLegacyDate('1.2.2020')).toBe('2020-02-01');
    expect(parseLegacyDate('2020-02-29')).toBe('2020-02-29');
    expect(parseLegacyDate('31/02/2021')).toBeUndefined();
    expect(parseLegacyDate('2021-13-01')).toBeUndefined();
    expect(parseLegacyDate('hier')).toBeUndefined();
  });
});
