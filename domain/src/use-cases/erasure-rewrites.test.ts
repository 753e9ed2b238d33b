import { redactText } from '../gdpr/redact-identity';
import { personOf } from '../gdpr/person.test-fixture';
import type { Tier } from '../model/tier.schema';
import { mentionIdentityOf } from './erasure-rewrites';

const jeanne = personOf('Jeanne', 'Dupont', ['jeanne.dupont@x.fr'], ['+33 6 12 34 56 78']);

describe('what names a person in records that do not reference them', () => {
  const identity = mentionIdentityOf(jeanne)!;

  it('is her full name in either order, a civility and her last name, her e-mail and her phone', () => {
    expect(redactText('Spoke with Jeanne Dupont, jeanne.dupont@x.fr', identity)).toBe('Spoke with […], […]');
    expect(redactText('DUPONT Jeanne rappelle au 06.12.34.56.78 ; voir Mme Dupont', identity)).toBe(
      '[…] rappelle au […] ; voir […]',
    );
  });

  it('leaves another Jeanne, another Dupont and the words of the sentence alone', () => {
    const text = 'Déjeuner avec Jeanne Martin et Paul Dupont, rue Dupont';
    expect(redactText(text, identity)).toBe(text);
  });

  it('is nothing for an organisation: only people have the right to erasure', () => {
    expect(
      mentionIdentityOf({
        ...jeanne,
        kind: 'organisation',
        names: [{ type: 'legal', value: 'Dupont SA' }],
      } as Tier),
    ).toBeUndefined();
  });
});
