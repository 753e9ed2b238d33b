import { guessNames, guessOrganisationName, isPublicMailDomain } from './guess-contact';

describe('prefills of a new contact', () => {
  it.each([
    ['Anne Lemaire', 'x@y.fr', 'Anne', 'Lemaire'],
    ['LEMAIRE Anne', 'x@y.fr', 'Anne', 'Lemaire'],
    ['Camille ROUX', 'x@y.fr', 'Camille', 'Roux'],
    ['Lemaire, Anne', 'x@y.fr', 'Anne', 'Lemaire'],
    ['"Jean-Pierre de la Fontaine" (Acme)', 'x@y.fr', 'Jean-Pierre', 'de la Fontaine'],
    ['', 'jean-pierre.dupont@acme.fr', 'Jean-Pierre', 'Dupont'],
    ['j.morel@gmail.com', 'j.morel@gmail.com', 'J', 'Morel'],
    ['', 'achats@dumas-groupe.fr', '', ''],
    ['Dupont', 'x@y.fr', '', 'Dupont'],
    ['ZOÉ O’BRIEN 🍺', 'zoe@x.fr', 'Zoé', 'O’Brien'],
  ])('%s <%s> → %s %s', (displayName, email, firstName, lastName) => {
    expect(guessNames(displayName, email)).toEqual({ firstName, lastName });
  });

  it('names an organisation after its domain', () => {
    expect(guessOrganisationName('menuiserie-aubert.fr')).toBe('Menuiserie Aubert');
    expect(guessOrganisationName('mail.acme.co.uk')).toBe('Acme');
    expect(guessOrganisationName('snlf.fr')).toBe('Snlf');
  });

  it('knows personal mailboxes say nothing about an employer', () => {
    expect(isPublicMailDomain('gmail.com')).toBe(true);
    expect(isPublicMailDomain('Orange.fr')).toBe(true);
    expect(isPublicMailDomain('brasserie-lemaire.fr')).toBe(false);
  });
});
