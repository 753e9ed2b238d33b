import { expandOrganisationName, normalizeOrganisationName } from './normalize-organisation-name';

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
