import { checkFreeText, type FreeTextFinding } from './check-free-text';
import type { GuardCategory } from './guard-lists.schema';

const categoriesOf = (text: string, lang?: 'fr' | 'en'): GuardCategory[] =>
  checkFreeText(text, lang ? { lang } : {}).map((f) => f.category);
const termsOf = (text: string): string[] => checkFreeText(text).map((f) => f.term);

describe('checkFreeText: every category, in French and English', () => {
  const flagged: [GuardCategory, 'fr' | 'en', string, string][] = [
    ['health', 'fr', 'Client en arrêt maladie depuis mars', 'arrêt maladie'],
    ['health', 'fr', 'Il est malade, rappeler plus tard', 'malade'],
    ['health', 'fr', 'Sa maladie le fatigue', 'maladie'],
    ['health', 'fr', 'Traitement contre le CANCER', 'CANCER'],
    ['health', 'fr', 'En burn-out depuis janvier', 'burn-out'],
    ['health', 'en', 'On sick leave until May', 'sick leave'],
    ['health', 'en', 'Recovering from cancer', 'cancer'],
    ['health', 'en', 'She is pregnant', 'pregnant'],
    ['health', 'en', 'He is ill again', 'is ill'],
    ['origin', 'fr', "Il est d'origine maghrébine", "d'origine maghrébine"],
    ['origin', 'fr', 'Immigrés récents', 'Immigrés'],
    ['origin', 'en', 'Ethnic background: unclear', 'Ethnic background'],
    ['origin', 'en', 'He is an immigrant', 'immigrant'],
    ['political-opinion', 'fr', 'Vote à droite depuis toujours', 'Vote à droite'],
    ['political-opinion', 'fr', 'Militante écologiste', 'Militante'],
    ['political-opinion', 'fr', "Sympathisant d'extrême-gauche", 'Sympathisant'],
    ['political-opinion', 'en', 'A far-right activist', 'far-right'],
    ['political-opinion', 'en', 'Known communists', 'communists'],
    ['religion', 'fr', 'Pratiquant, ne pas appeler le vendredi', 'Pratiquant'],
    ['religion', 'fr', 'Elle est musulmane', 'musulmane'],
    ['religion', 'fr', 'Juifs pratiquants', 'Juifs'],
    ['religion', 'en', 'Devout Catholic', 'Devout'],
    ['religion', 'en', "A Jehovah's Witness", "Jehovah's Witness"],
    ['union-membership', 'fr', 'Syndiqué, attention aux négociations', 'Syndiqué'],
    ['union-membership', 'fr', 'Elle est syndiquée', 'syndiquée'],
    ['union-membership', 'fr', 'Syndicaliste actif', 'Syndicaliste'],
    ['union-membership', 'fr', 'Déléguée syndicale CGT', 'syndicale'],
    ['union-membership', 'en', 'He is a trade union member', 'trade union'],
    ['union-membership', 'en', 'Union rep at the plant', 'Union rep'],
    ['sex-life', 'fr', 'Il est homosexuel', 'homosexuel'],
    ['sex-life', 'fr', 'A une maîtresse', 'A une maîtresse'],
    ['sex-life', 'en', 'Openly gay', 'gay'],
    ['sex-life', 'en', 'Her sexual orientation', 'sexual orientation'],
    ['offences', 'fr', 'A un casier judiciaire', 'casier judiciaire'],
    ['offences', 'fr', 'Condamnée pour fraude', 'Condamnée'],
    ['offences', 'fr', 'Mis en examen en 2022', 'Mis en examen'],
    ['offences', 'fr', 'Condamné en appel', 'Condamné'],
    ['offences', 'en', 'Has a criminal record', 'criminal record'],
    ['offences', 'en', 'Was convicted in 2019', 'convicted'],
    ['insult', 'fr', 'Personne désagréable et idiote', 'idiote'],
    ['insult', 'fr', 'Acheteur incompétent', 'incompétent'],
    ['insult', 'en', 'What an idiot', 'idiot'],
    ['insult', 'en', 'A total jerk', 'jerk'],
  ];

  it.each(flagged)('%s (%s): %s', (category, lang, text, term) => {
    const findings = checkFreeText(text, { lang });
    expect(findings).toContainEqual(expect.objectContaining({ category, term }));
  });
});

describe('checkFreeText: inflections, accents and case', () => {
  it.each(['idiot', 'idiote', 'idiots', 'idiotes', 'IDIOTE', 'Idiotes'])('flags %s as an insult', (word) => {
    expect(categoriesOf(`Vraiment ${word}.`)).toEqual(['insult']);
  });

  it.each(['malade', 'malades', 'maladie', 'maladies'])('flags %s as health', (word) => {
    expect(categoriesOf(`Note : ${word}`)).toEqual(['health']);
  });

  it.each(['syndiqué', 'syndiquée', 'syndiqués', 'syndiquees', 'SYNDIQUÉE', 'syndicaliste', 'syndicalistes'])(
    'flags %s as union membership',
    (word) => {
      expect(categoriesOf(`Il est ${word}`)).toEqual(['union-membership']);
    },
  );

  it('matches without accents and with ligatures, typographic apostrophes and hyphens', () => {
    expect(categoriesOf('arret maladie')).toEqual(['health']);
    expect(categoriesOf('ARRÊT-MALADIE')).toEqual(['health']);
    expect(categoriesOf('Il est d’origine maghrébine')).toEqual(['origin']);
    expect(categoriesOf('franc‑maçonne')).toEqual(['religion']);
  });

  it('reads multi-word expressions across line breaks but not across punctuation', () => {
    expect(termsOf('casier\njudiciaire')).toEqual(['casier\njudiciaire']);
    expect(termsOf('Le casier. Judiciaire')).toEqual([]);
  });

  it('prefers the longest expression', () => {
    expect(checkFreeText('Client en arrêt maladie')).toEqual([
      { category: 'health', term: 'arrêt maladie', start: 10, end: 23 },
    ]);
  });

  it('returns offsets into the original text, whatever the folding', () => {
    const text = 'Œuvre : M. X, syndiqué ; très idiot';
    const findings = checkFreeText(text);
    expect(findings.map((f: FreeTextFinding) => text.slice(f.start, f.end))).toEqual(['syndiqué', 'idiot']);
    expect(findings.map((f) => f.term)).toEqual(['syndiqué', 'idiot']);
  });

  it('keeps offsets right after characters outside the basic plane', () => {
    const text = '👍 idiote';
    expect(checkFreeText(text)).toEqual([{ category: 'insult', term: 'idiote', start: 3, end: 9 }]);
  });

  it('reports several findings in reading order', () => {
    expect(categoriesOf('Syndiqué, malade et idiot')).toEqual(['union-membership', 'health', 'insult']);
  });
});

describe('checkFreeText: no false positives on ordinary B2B notes', () => {
  it.each([
    'Merci de cancel la réunion',
    'Cancelled the meeting, will reschedule',
    "Aides de l'Union européenne pour le projet",
    'Crédit Union Bank, filiale',
    'Member of the European Union trade delegation',
    'Rencontre avec le Syndicat intercommunal des eaux',
    "Syndicat d'énergie du Morbihan : appel d'offres",
    'Chambre syndicale de la métallurgie',
    'Pratiquant des prix bas, concurrent agressif',
    'Croyant que le budget suffirait',
    'Grand-messe commerciale en juin',
    'Lutte contre la fraude : module anti-fraude',
    'Anti-fraud software demo',
    'État de santé financière solide',
    'Bureau au 12 rue Gay-Lussac',
    'Scope creep on the project, knee-jerk reaction',
    'Criminal law firm, 40 lawyers',
    'Stand B12 au salon, collecte des ordures ménagères',
    'Enceinte Bluetooth en démonstration',
    'Hearing aids distributor',
    'The feature is disabled by default',
    'Budget voté en mars',
    'Intéressé par la gamme premium',
    'Concurrent actuel : Dupuis & Fils',
    'A demandé un devis pour 40 unités',
    'Rappeler en septembre',
    'Livraison en retard',
    'An arms race, a race against time',
    'He is ill-tempered in negotiations',
    'Sick of waiting for the PO',
    'Le prix condamne le projet',
  ])('%s', (text) => {
    expect(checkFreeText(text)).toEqual([]);
  });

  it('does not read inside longer words', () => {
    expect(checkFreeText('Cancellation, idiotisme, unionisation, cons')).toEqual([]);
  });
});

describe('checkFreeText: languages', () => {
  it('uses both languages by default and one when asked', () => {
    expect(categoriesOf('idiote and stupid')).toEqual(['insult', 'insult']);
    expect(categoriesOf('idiote and stupid', 'fr')).toEqual(['insult']);
    expect(categoriesOf('idiote and stupid', 'en')).toEqual(['insult']);
    expect(checkFreeText('sick leave', { lang: 'fr' })).toEqual([]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(checkFreeText('')).toEqual([]);
    expect(checkFreeText('  \n ')).toEqual([]);
  });
});
