import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Every French resource, read as the compiler reads it: the `*.fr.ts` files, and every object named
 * `fr` (`const fr = {…}`, `fr: {…}`) in the code. Each piece of text in them (string and template
 * literals, the fixed parts between `${…}`) follows French typography: a non-breaking space (U+00A0
 * or U+202F) before `: ; ? !` and inside « guillemets », no straight double quotes, never "à: moi".
 */
const ROOT = join(__dirname, '..', '..');
const WORKSPACES = ['domain', 'functions', 'ui', 'addin', 'teams-app', 'scripts'];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

type Text = { file: string; line: number; text: string };

const isFrenchObject = (node: ts.Node): boolean =>
  (ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node)) && !!node.initializer && ts.isObjectLiteralExpression(node.initializer) && node.name.getText() === 'fr';

/** The texts of a file that are French: all of a `*.fr.ts`, the `fr` objects elsewhere. */
const frenchTexts = (path: string): Text[] => {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const whole = path.endsWith('.fr.ts');
  const texts: Text[] = [];
  const visit = (node: ts.Node, french: boolean) => {
    const inFrench = french || isFrenchObject(node);
    // Imports and property names are code, not text.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (inFrench && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))) {
      const isKey = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
      if (!isKey) texts.push({ file: relative(ROOT, path), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, (child) => visit(child, inFrench));
  };
  visit(source, whole);
  return texts;
};

const NBSP = '[\\u00A0\\u202F]';
const rules: { name: string; slip: RegExp }[] = [
  { name: 'a plain space before : ; ? ! (French wants a non-breaking one)', slip: / [:;?!]/ },
  { name: 'no space before ; ? ! or before a colon that ends a label', slip: /[\p{L}\d)»][;?!](?=\s|$)|[\p{L})»]:(?=\s|$)/u },
  { name: 'straight double quotes (French writes « guillemets »)', slip: /"/ },
  // A text that ends on « (or starts with ») meets an expression there, often `${nbsp}`: not judged.
  { name: '« guillemets » without non-breaking spaces inside', slip: new RegExp(`«(?!${NBSP}|$)|(?<!${NBSP}|^)»`) },
];

const allTexts = WORKSPACES.flatMap((workspace) => sourceFiles(join(ROOT, workspace))).flatMap(frenchTexts);

it('finds the French resources (the scan reads what it should)', () => {
  const files = new Set(allTexts.map((t) => t.file));
  for (const expected of ['ui/src/i18n/common.fr.ts', 'addin/src/pane/pane-strings.fr.ts', 'teams-app/bot/cards/card-text.ts', 'teams-app/tab/reports/reports.fr.ts'])
    expect([...files]).toContain(expected);
  expect(allTexts.length).toBeGreaterThan(300);
});

it.each(rules)('no French resource has $name', ({ slip }) => {
  const slips = allTexts.filter((t) => slip.test(t.text)).map((t) => `${t.file}:${t.line}  ${JSON.stringify(t.text)}`);
  expect(slips).toEqual([]);
});

/**
 * Punctuation written in a page's JSX beside translated text (`{t('assignee')}: {t('me')}`) is the
 * same in both languages, so wrong in one: it belongs in the resources.
 */
const jsxPunctuation = WORKSPACES.flatMap((workspace) => sourceFiles(join(ROOT, workspace)))
  .filter((path) => path.endsWith('.tsx'))
  .flatMap((path) => {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node) && /[:;?!«»]/.test(node.text.replace(/&\w+;/g, '')))
        found.push(`${relative(ROOT, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}  ${JSON.stringify(node.text.trim())}`);
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  });

it('no page writes : ; ? ! or guillemets in its JSX, beside translated text', () => {
  expect(jsxPunctuation).toEqual([]);
});

it('each rule catches the slip it names (so the scan can fail)', () => {
  const caught = (text: string) => rules.filter((r) => r.slip.test(text)).map((r) => r.name);
  expect(caught('Attribuée à: moi')).toHaveLength(1);
  expect(caught('Attribuée à : moi')).toHaveLength(1);
  expect(caught('Supprimer ?')).toHaveLength(1);
  expect(caught('le tier "Ficelle"')).toHaveLength(1);
  expect(caught('« Ficelle »')).toHaveLength(1);
  for (const good of ['Attribuée à\u00A0: moi', 'Supprimer\u202F?', '«\u00A0Ficelle\u00A0»', 'https://relais.example.fr/tab?lang=fr', 'à 10:30', '{{count}} tiers'])
    expect([good, caught(good)]).toEqual([good, []]);
});
