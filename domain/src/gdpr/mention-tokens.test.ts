import type { Tier } from '../model/tier.schema';
import { mentionIdentityOf } from '../use-cases/erasure-rewrites';
import { mentionLookupTokens, textTokens } from './mention-tokens';
import { redactText } from './redact-identity';

const personOf = (firstName: string, lastName: string, emails: string[], phones: string[]): Tier =>
  ({
    kind: 'person',
    id: 'p-1',
    firstName,
    lastName,
    emails,
    phones: phones.map((number) => ({ number, type: 'mobile' })),
    ownerTeam: 'north',
    confidentiality: 'public',
    status: 'active',
    createdAt: '2026-01-01T00:00:00Z',
    createdBy: 'rep-1',
    updatedAt: '2026-01-01T00:00:00Z',
  }) as Tier;

const people = [
  personOf('Jeanne', 'Dupont', ['jeanne.dupont@x.fr'], ['+33 6 12 34 56 78']),
  personOf('Jean-Pierre', 'de La Fontaine', ['jp.lafontaine@fables.fr'], ['01 40 00 00 01']),
  personOf('Zoé', "O'Brien-Éluard", ["zoe.o'brien@client.ie"], ['+32 2 123 45 67']),
  personOf('Anh', 'Le', ['anh.le@exemple.vn'], ['+262 692 12 34 56']),
];

/** Pieces of notes: each names one of the people (in one of the ways the rules accept) or nobody. */
const fragments = [
  'RDV avec Jeanne Dupont',
  'DUPONT Jeanne rappelle',
  'voir Mme Dupont demain',
  'M. Dupont, puis',
  'écrire à <Jeanne.Dupont@X.fr>',
  '(mailto:jeanne.dupont@x.fr)',
  'au 06.12.34.56.78',
  'au 06 12 34 56 78 12 fois',
  'le +33 (0)6 12 34 56 78',
  '0033612345678',
  'Jean-Pierre de la Fontaine a signé',
  'Mme de La Fontaine absente',
  'FONTAINE Jean-Pierre',
  'tél. 01-40-00-00-01',
  "Zoé O'Brien-Éluard en copie",
  "zoe.o'brien@client.ie.",
  '+32 2 123 45 67 ou 0032 2 123 45 67',
  'standard : 32 2 123 45 67',
  'Anh Le viendra',
  'Mme Le au téléphone',
  '+262 692 12 34 56',
  'Jeanne Martin et Paul Dupont, rue Dupont',
  'Jean Fontaine',
  'la fontaine de la place',
  'Anh seule',
  '06 12 34 56 79',
];

/** A fixed pseudo-random sequence, so a failure is the same failure every run. */
const random = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

describe('the tokens a text is posted under', () => {
  it('are its word pairs, its e-mails and its phones, however they were typed', () => {
    const tokens = textTokens('Échangé avec Jeanne DUPONT (jeanne.dupont@x.fr, 06 12 34 56 78) au salon');
    expect(tokens).toEqual(expect.arrayContaining(['n:jeanne dupont', 'n:avec jeanne', 'n:au salon', 'e:jeanne.dupont@x.fr', 'p:+33612345678']));
    expect(tokens.some((t) => t === 'n:jeanne' || t === 'n:dupont')).toBe(false);
  });

  it('hold a lookup token of the person in every text the mention rules rewrite for them', () => {
    const next = random(42);
    const texts = Array.from({ length: 600 }, () =>
      Array.from({ length: 1 + Math.floor(next() * 3) }, () => fragments[Math.floor(next() * fragments.length)]!).join(next() < 0.5 ? ' ; ' : '\n'),
    );
    let rewritten = 0;
    for (const person of people) {
      const identity = mentionIdentityOf(person)!;
      const lookups = new Set(mentionLookupTokens(identity));
      for (const text of [...fragments, ...texts]) {
        if (redactText(text, identity) === text) continue;
        rewritten += 1;
        const found = textTokens(text).some((t) => lookups.has(t));
        if (!found) throw new Error(`${person.kind === 'person' ? person.lastName : ''}: not found in ${JSON.stringify(text)}`);
      }
    }
    expect(rewritten).toBeGreaterThan(500);
  });

  it('look a person up by their name pairs, e-mails and phones, never one name word alone', () => {
    const tokens = mentionLookupTokens(mentionIdentityOf(people[0]!)!);
    expect(tokens).toEqual(expect.arrayContaining(['n:jeanne dupont', 'n:dupont jeanne', 'n:mme dupont', 'e:jeanne.dupont@x.fr', 'p:+33612345678']));
    expect(tokens.every((t) => !t.startsWith('n:') || t.split(' ').length === 2)).toBe(true);
  });
});
