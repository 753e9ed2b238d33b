import { identityOf, redactDeep, redactText } from './redact-identity';

const person = identityOf({ personNames: ['Zoé', 'de La Fontaine-Éluard'], emails: ['Zoe.Eluard@Client.fr'], phones: ['+33 6 12 34 56 78'] });

describe('erasing a person from free text', () => {
  it('erases the name words in any case or accent, leaving surname particles and other words', () => {
    expect(redactText('RDV avec ZOE Eluard et Mme de la fontaine', person)).toBe('RDV avec […] […] et Mme de la […]');
  });

  it('erases e-mails in any case and phones however they were typed', () => {
    const text = 'Écrire à zoe.eluard@client.FR ou appeler le 06 12 34 56 78, le +33 (0)6.12.34.56.78 ou le 0033612345678; pas le 06 12 34 56 79';
    expect(redactText(text, person)).toBe('Écrire à […] ou appeler le […], le […] ou le […]; pas le 06 12 34 56 79');
  });

  it('erases an organisation by its whole names only', () => {
    const org = identityOf({ organisationNames: ['Électricité de France'] });
    expect(redactText("Visite chez ELECTRICITE DE FRANCE, puis route de France", org)).toBe('Visite chez […], puis route de France');
  });

  it('goes through JSON values but leaves ids, user ids and dates alone', () => {
    const details = { reason: 'Zoé a déménagé', requestedBy: 'zoe.admin', tierId: 'zoe-1', at: '2026-01-01', changes: [{ to: ['06 12 34 56 78'] }] };
    expect(redactDeep(details, person)).toEqual({ reason: '[…] a déménagé', requestedBy: 'zoe.admin', tierId: 'zoe-1', at: '2026-01-01', changes: [{ to: ['[…]'] }] });
  });
});
