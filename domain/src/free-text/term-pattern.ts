/**
 * List entries spell their inflections compactly so the lists stay readable data:
 * `idiot(e)(s)` → idiot, idiote, idiots, idiotes; `malad(e|ie)(s)` → malade, maladie, malades,
 * maladies. A group with one alternative is optional; groups do not nest.
 */
export const MAX_FORMS = 256;

export type PatternResult = { ok: true; forms: string[] } | { ok: false; error: string };

const ALLOWED = /^[\p{L}\p{N}\s'’()|-]+$/u;

const segmentsOf = (pattern: string): string[][] | string => {
  const segments: string[][] = [];
  let literal = '';
  let group: string | null = null;
  for (const char of pattern) {
    if (group === null) {
      if (char === '(') {
        segments.push([literal]);
        literal = '';
        group = '';
      } else if (char === ')' || char === '|') return `Unexpected "${char}" outside a group.`;
      else literal += char;
    } else if (char === '(') return 'Groups cannot nest.';
    else if (char === ')') {
      const alternatives = group.split('|');
      segments.push(alternatives.length === 1 ? [group, ''] : alternatives);
      group = null;
    } else group += char;
  }
  if (group !== null) return 'Unclosed group.';
  segments.push([literal]);
  return segments;
};

export const expandPattern = (pattern: string): PatternResult => {
  if (!ALLOWED.test(pattern))
    return { ok: false, error: 'Only letters, digits, spaces, hyphens, apostrophes, ( | ) are allowed.' };
  const segments = segmentsOf(pattern);
  if (typeof segments === 'string') return { ok: false, error: segments };
  const count = segments.reduce((n, alternatives) => n * alternatives.length, 1);
  if (count > MAX_FORMS) return { ok: false, error: `The pattern expands to more than ${MAX_FORMS} forms.` };
  const forms = segments.reduce<string[]>(
    (prefixes, alternatives) => prefixes.flatMap((prefix) => alternatives.map((alt) => prefix + alt)),
    [''],
  );
  return { ok: true, forms: [...new Set(forms.map((f) => f.replace(/\s+/g, ' ').trim()))] };
};
