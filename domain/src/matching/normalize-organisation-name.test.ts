import { expandOrganisationName } from './expand-organisation-name';
import { normalizeOrganisationName } from './normalize-organisation-name';

const core = (name: string): string[] => normalizeOrganisationName(name).core;

describe('normalizeOrganisationName', () => {
  it('drops legal forms, abbreviated, dotted or spelled out, before or after the name', () => {
    for (const name of ['Garage Blanc SARL', 'SARL Garage Blanc', 'Garage Blanc S.A.R.L.', 'Garage Blanc (SARL)', 'Garage Blanc, société à responsabilité limitée', 'GARAGE BLANC SAS']) {
      expect(core(name)).toEqual(['garage', 'blanc']);
    }
  });

  it('drops generic words and French stop words', () => {
    expect(core('Établissements Léon Gaumont')).toEqual(['leon', 'gaumont']);
    expect(core('Groupe Atelier Laurent')).toEqual(['atelier', 'laurent']);
    expect(core('Dupont & Fils')).toEqual(['dupont']);
    expect(core("Société Lyonnaise d'Emballage")).toEqual(['lyonnaise', 'emballage']);
    expect(core('Sté Bretonne des Eaux')).toEqual(['bretonne', 'eaux']);
  });

  it('expands conventional contractions', () => {
    expect(core('Boulangerie St-Michel')).toEqual(['boulangerie', 'saint', 'michel']);
    expect(core('Ste-Marie Transports')).toEqual(['sainte', 'marie', 'transports']);
    expect(core('Intl Transports')).toEqual(['international', 'transports']);
  });

  it('keeps a name that is only a legal-form-like word', () => {
    expect(core('SAS')).toEqual(['sas']);
  });

  it('recognises acronyms, with or without dots', () => {
    expect(normalizeOrganisationName('EDF').acronym).toBe('edf');
    expect(normalizeOrganisationName('S.N.C.F.').acronym).toBe('sncf');
    expect(normalizeOrganisationName('SNT EURL').acronym).toBe('snt');
    expect(normalizeOrganisationName('Garnier').acronym).toBeUndefined();
  });

  it('marks words written with an abbreviation dot', () => {
    expect([...normalizeOrganisationName('Elec. de France').abbreviated]).toEqual(['elec']);
  });

  it('reads a parenthesised acronym as a second name', () => {
    const names = expandOrganisationName('Électricité de France (EDF)');
    expect(names.map((n) => n.compact)).toEqual(['electricitefrance', 'edf']);
    expect(expandOrganisationName('Dupont (SARL)').map((n) => n.compact)).toEqual(['dupont']);
  });
});

describe('normalizeOrganisationName: forms, brands, translations', () => {
  it('drops European and other French company forms like SA or SAS, written after the name', () => {
    for (const [name, expected] of [
      ['Schneider Electric SE', ['schneider', 'electrique']],
      ['Hermès International SCA', ['hermes', 'international']],
      ['Scierie Moreau SNC', ['scierie', 'moreau']],
      ['GIE Les Vignerons de Tours', ['vignerons', 'tours']],
      ['Semmaris SEM', ['semmaris']],
      ['Acome SCOP', ['acome']],
      ['Boulangerie Martin EURL', ['boulangerie', 'martin']],
      ['Transports Girard SASU', ['transports', 'girard']],
      ['Cabinet Dupont Avocats SELARL', ['cabinet', 'dupont', 'avocats']],
      ['SCI Les Tilleuls', ['tilleuls']],
      ['Wendel, société européenne', ['wendel']],
      ['Danone, société anonyme à conseil d’administration', ['danone']],
    ] as const) {
      expect(core(name)).toEqual(expected);
    }
  });

  it('keeps a form-like first word that is more often a name', () => {
    expect(core('SE Ingénierie')).toEqual(['se', 'ingenierie']);
    expect(core('Epic Games')).toEqual(['epic', 'games']);
  });

  it('splits brand words written together, by their capitals or a word names carry', () => {
    expect(core('TotalEnergies SE')).toEqual(['total', 'energies']);
    expect(core('TOTALENERGIES')).toEqual(['total', 'energies']);
    expect(core('EssilorLuxottica')).toEqual(['essilor', 'luxottica']);
    expect(normalizeOrganisationName('Capgemini').compact).toBe(normalizeOrganisationName('Cap Gemini').compact);
    // Too short a head is a word of its own ("Synergies", "Bioénergies").
    expect(core('Bioénergies')).toEqual(['bioenergies']);
  });

  it('reads a few English words as the French word they translate, and remembers how they were written', () => {
    const name = normalizeOrganisationName('Schneider Electric');
    expect(name.core).toEqual(['schneider', 'electrique']);
    expect(name.translations.get('electrique')).toBe('electric');
    expect(core('Airbus Defence and Space')).toEqual(core('Airbus Défense et Espace'));
    expect(core('EDF Renewables')).toEqual(core('EDF Renouvelables'));
  });

  it('glues dotted initials into one acronym, inside a name too', () => {
    expect(normalizeOrganisationName('L.V.M.H.').acronym).toBe('lvmh');
    expect([...normalizeOrganisationName('R.A.T.P. Dev').acronymWords]).toEqual(['ratp']);
  });
});

describe('expandOrganisationName: the names a written name stands for', () => {
  const aliases = (name: string) => expandOrganisationName(name).map((n) => [n.compact, n.alias?.kind]);

  it('reads an acronym followed (or preceded) by its long form as both', () => {
    expect(aliases('LVMH Moët Hennessy Louis Vuitton SE')).toEqual([
      ['lvmhmoethennessylouisvuitton', undefined],
      ['lvmh', 'acronym'],
      ['moethennessylouisvuitton', 'long-form'],
    ]);
    expect(aliases('Électricité de France - EDF').slice(1)).toEqual([
      ['edf', 'acronym'],
      ['electricitefrance', 'long-form'],
    ]);
    expect(aliases('SNCF Société nationale des chemins de fer français')[1]).toEqual(['sncf', 'acronym']);
  });

  it('does not take a first word in capitals for an acronym the rest does not spell', () => {
    expect(aliases('BNP Paribas')).toEqual([['bnpparibas', undefined]]);
  });

  it('reads a registered name up to a legal form written inside it', () => {
    const [, leading] = expandOrganisationName("L'Air liquide, société anonyme pour l'étude et l'exploitation des procédés Georges Claude");
    expect(leading?.text).toBe("L'Air liquide");
    expect(leading?.alias?.kind).toBe('leading');
  });
});
