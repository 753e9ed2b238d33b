import { checkFreeText } from './check-free-text';
import { describeFinding } from './describe-finding';
import { GuardCategory } from './guard-lists.schema';

describe('describeFinding', () => {
  it('tells the rep, in French, what to rephrase', () => {
    const [finding] = checkFreeText('Personne désagréable et idiote');
    expect(finding && describeFinding(finding, 'fr')).toBe(
      '« idiote » est un terme insultant : décrivez des faits objectifs.',
    );
  });

  it('speaks English too', () => {
    const [finding] = checkFreeText('What an idiot');
    expect(finding && describeFinding(finding, 'en')).toBe(
      '“idiot” is an insulting term: describe objective facts.',
    );
  });

  it.each(GuardCategory.options)('has a French and an English sentence for %s', (category) => {
    const finding = { category, term: 'x', start: 0, end: 1 };
    const fr = describeFinding(finding, 'fr');
    const en = describeFinding(finding, 'en');
    expect(fr).toMatch(/^« x » .+ : .+\.$/);
    expect(en).toMatch(/^“x” .+: .+\.$/);
    expect(fr).not.toBe(en);
  });
});
