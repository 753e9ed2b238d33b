import { checkFreeText } from './check-free-text';
import { defaultGuardLists } from './default-guard-lists';
import { extendGuardLists } from './extend-guard-lists';
import { GuardLists } from './guard-lists.schema';

describe('GuardLists', () => {
  it('accepts the default lists', () => {
    expect(GuardLists.safeParse(defaultGuardLists).success).toBe(true);
  });

  it.each([
    [{ fr: { insult: ['idiot(e'] } }, 'Unclosed group'],
    [{ fr: { insult: ['a((b))'] } }, 'cannot nest'],
    [{ fr: { insult: ['idiot)'] } }, 'outside a group'],
    [{ fr: { insult: ['idiot.*'] } }, 'Only letters'],
    [{ fr: { insult: ['(a|b)(c|d)(e|f)(g|h)(i|j)(k|l)(m|n)(o|p)(q|r)'] } }, 'more than 256'],
    [{ fr: { insult: [{ pattern: 'idiot', unlessAfter: ['(x'] }] } }, 'Unclosed group'],
  ])('refuses %j', (lists, message) => {
    const result = GuardLists.safeParse(lists);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(' ')).toContain(message);
  });

  it('refuses unknown categories, languages and fields', () => {
    expect(GuardLists.safeParse({ fr: { gossip: ['x'] } }).success).toBe(false);
    expect(GuardLists.safeParse({ de: { insult: ['x'] } }).success).toBe(false);
    expect(GuardLists.safeParse({ fr: { insult: [{ pattern: 'x', unless: ['y'] }] } }).success).toBe(false);
    expect(GuardLists.safeParse({ fr: { insult: [''] } }).success).toBe(false);
  });
});

describe('custom lists', () => {
  const company: GuardLists = {
    fr: { insult: ['radin(e)(s)', { pattern: 'nul(le)(s)', unlessBefore: ['match'] }] },
    en: { health: ['flu'] },
  };

  it('replace the defaults', () => {
    expect(checkFreeText('Acheteuse radine, idiote', { lists: company })).toEqual([
      { category: 'insult', term: 'radine', start: 10, end: 16 },
    ]);
    expect(
      checkFreeText('Match nul, mais interlocuteur nul', { lists: company }).map((f) => f.start),
    ).toEqual([30]);
    expect(checkFreeText('Off with the flu', { lists: company, lang: 'en' })).toEqual([
      { category: 'health', term: 'flu', start: 13, end: 16 },
    ]);
  });

  it('extend the defaults with extendGuardLists', () => {
    const lists = extendGuardLists(defaultGuardLists, company);
    expect(checkFreeText('Acheteuse radine, idiote', { lists }).map((f) => f.term)).toEqual([
      'radine',
      'idiote',
    ]);
    expect(defaultGuardLists.fr?.insult).not.toContain('radin(e)(s)');
  });

  it('are validated before use', () => {
    const broken = { fr: { insult: ['idiot(e'] } } as GuardLists;
    expect(() => checkFreeText('idiote', { lists: broken })).toThrow(/Unclosed group/);
  });

  it('may be empty', () => {
    expect(checkFreeText('idiote', { lists: {} })).toEqual([]);
  });
});
