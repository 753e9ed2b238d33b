import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { checkFreeText } from './check-free-text';
import type { GuardCategory } from './guard-lists.schema';

// The legacy export is the closest thing to what reps really write.
const LEGACY = join(__dirname, '../../../test/fixtures/legacy/legacy-crm-export.csv');

const legacyComments = (): string[] => {
  const [header = '', ...rows] = iconv.decode(readFileSync(LEGACY), 'win1252').split(/\r?\n/);
  const column = header.split(';').indexOf('Commentaire');
  return [...new Set(rows.map((row) => row.split(';')[column]?.trim() ?? ''))].filter(Boolean);
};

const expected: Record<string, GuardCategory[]> = {
  'Personne désagréable et idiote': ['insult'],
  'Pratiquant, ne pas appeler le vendredi': ['religion'],
  'Syndiqué, attention aux négociations': ['union-membership'],
  'Client en arrêt maladie depuis mars': ['health'],
  'Très bon contact, décideur': [],
  'A demandé un devis pour 40 unités': [],
  'Budget voté en mars': [],
  'Intéressé par la gamme premium': [],
  'Concurrent actuel : Dupuis & Fils': [],
  'Rappeler en septembre': [],
  'Salon Batimat : stand B12': [],
};

describe('the legacy CRM comments', () => {
  const comments = legacyComments();

  it('are decoded from Windows-1252', () => {
    expect(comments).toContain('Intéressé par la gamme premium');
    expect(comments.length).toBeGreaterThan(5);
  });

  it.each(comments)('%s', (comment) => {
    expect(Object.keys(expected)).toContain(comment);
    expect(checkFreeText(comment, { lang: 'fr' }).map((f) => f.category)).toEqual(expected[comment]);
    expect(checkFreeText(comment).map((f) => f.category)).toEqual(expected[comment]);
  });
});
