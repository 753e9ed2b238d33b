import { blockingKeys, MAX_BLOCKING_KEYS } from './blocking-keys';
import type { MatchProfile, OrganisationMatchProfile, PersonMatchProfile } from './match-profile';
import { LIKELY_DUPLICATE_SCORE, scoreMatch } from './score-match';

const org = (name: string, extra: Partial<OrganisationMatchProfile> = {}): OrganisationMatchProfile => ({ kind: 'organisation', names: [{ type: 'legal', value: name }], ...extra });
const person = (firstName: string, lastName: string, extra: Partial<PersonMatchProfile> = {}): PersonMatchProfile => ({ kind: 'person', firstName, lastName, ...extra });
const sharesKey = (a: MatchProfile, b: MatchProfile): boolean => blockingKeys(a).some((key) => blockingKeys(b).includes(key));

describe('blockingKeys', () => {
  it('emits identifier keys', () => {
    const keys = blockingKeys(org('Conserverie Garnier SARL', { siret: '715 668 596 00201', website: 'https://garnier-0.fr', phones: ['+33 1 56 73 40 67'] }));
    expect(keys).toEqual(expect.arrayContaining(['siren:715668596', 'domain:garnier-0.fr', 'ophone:+33156734067']));
    expect(blockingKeys(person('Jean', 'Dupont', { emails: ['Jean.Dupont@Acme.fr'] }))).toContain('email:jean.dupont@acme.fr');
  });

  it('gives an acronym and its expansion a common key, both ways', () => {
    expect(blockingKeys(org('EDF'))).toContain('oa:edf');
    expect(blockingKeys(org('Electricité de France'))).toContain('oa:edf');
    expect(sharesKey(org('SNCF'), org('Société nationale des chemins de fer français'))).toBe(true);
    expect(sharesKey(org('S.A.T.'), org('Société Alsacienne de Transports EURL'))).toBe(true);
  });

  it.each([
    [org('Elec de France'), org('Electricité de France')],
    [org('EDF Renouvelables'), org('Electricité de France Renouvelables')],
    [org('Plomberie Guréin'), org('Plomberie Guérin SAS')],
    [org('ConserverieB onnet'), org('Conserverie Bonnet')],
    [org('Transports Nichelin'), org('Transports Michelin')],
    [org('Garage Motel'), org('Garage Morel')],
    [org('Philippe Cordonnerie'), org('Cordonnerie Filipe')],
    [org('Cie Gle des Ets Michelin'), org('Compagnie Générale des Établissements Michelin')],
    [person('Jean', 'Fupont'), person('Jean', 'Dupont')],
    [person('Dupont', 'Jean'), person('Jean', 'Dupont')],
    [person('Jaen', 'Dupont'), person('Jean', 'Dupont')],
    [person('', 'Claire Garnier'), person('Claire', 'Garnier')],
  ])('a likely variant shares a key: %#', (a, b) => {
    expect(sharesKey(a, b)).toBe(true);
  });

  it('keeps keys few, short and safe for Azure Table keys', () => {
    const profile = org('Société Nationale des Chemins de Fer Français / Voyageurs #1?', {
      names: [
        { type: 'legal', value: 'Société Nationale des Chemins de Fer Français / Voyageurs #1?' },
        { type: 'commercial', value: 'SNCF Voyageurs' },
        { type: 'sign', value: 'TGV inOui\u0007' },
      ],
      emailDomains: ['a@b\\c.fr', 'sncf.fr'],
      website: 'https://www.sncf-voyageurs.com',
      phones: ['3635', '01 23 45 67 89'],
    });
    for (const p of [profile, person('Jean/Luc', 'Du#pont?', { emails: ['we/ird#?@acme.fr'] })]) {
      const keys = blockingKeys(p);
      expect(keys.length).toBeLessThanOrEqual(MAX_BLOCKING_KEYS);
      for (const key of keys) {
        expect(key).not.toMatch(/[/\\#?]/);
        expect([...key].every((c) => c.charCodeAt(0) > 0x1f && (c.charCodeAt(0) < 0x7f || c.charCodeAt(0) > 0x9f))).toBe(true);
        expect(key.length).toBeLessThanOrEqual(200);
      }
    }
  });

  it('is deterministic and keeps organisation and person keys apart', () => {
    expect(blockingKeys(org('Garage Martin'))).toEqual(blockingKeys(org('Garage Martin')));
    expect(sharesKey(org('Martin', { phones: ['0612345678'] }), person('Jean', 'Martin', { phones: ['0612345678'] }))).toBe(false);
  });

  it('every likely pair among many generated variants shares a key', () => {
    const surnames = ['Martin', 'Lefèvre', 'Guérin', 'Bonnet', 'Dubois', 'Roussel', 'Chevalier', 'Morel'];
    const edits = [
      (w: string) => w.slice(1),
      (w: string) => w.slice(0, 2) + w.slice(3),
      (w: string) => w.slice(0, -1),
      (w: string) => w[1] + w[0] + w.slice(2),
      (w: string) => w.slice(0, 2) + 'x' + w.slice(3),
      (w: string) => w + 'e',
      (w: string) => w.toUpperCase(),
    ];
    for (const surname of surnames) {
      for (const edit of edits) {
        const pairs: [MatchProfile, MatchProfile][] = [
          [org(`Boulangerie ${surname}`), org(`Boulangerie ${edit(surname)}`)],
          [person('Nathalie', surname, { organisationIds: ['o'] }), person('Nathalie', edit(surname), { organisationIds: ['o'] })],
          [person('Nathalie', surname, { organisationIds: ['o'] }), person(edit(surname), 'Nathalie', { organisationIds: ['o'] })],
        ];
        for (const [a, b] of pairs) {
          if (scoreMatch(a, b).score >= LIKELY_DUPLICATE_SCORE) expect(sharesKey(a, b)).toBe(true);
        }
      }
    }
  });
});
