/** `${{NAME}}` substitution, the convention of the Microsoft 365 Agents Toolkit. */
const PLACEHOLDER = /\$\{\{\s*([^}]*?)\s*\}\}/g;
const VALID_NAME = /^[A-Z][A-Z0-9_]*$/;

export type Env = Readonly<Record<string, string | undefined>>;

export class MissingVariablesError extends Error {
  readonly missing: string[];

  constructor(missing: string[]) {
    super(
      `Missing environment variable${missing.length > 1 ? 's' : ''} for the manifest: ${missing.join(', ')}`,
    );
    this.name = 'MissingVariablesError';
    this.missing = missing;
  }
}

/** Every placeholder name used in a text, in order of first appearance. */
export const findPlaceholders = (text: string): string[] => [
  ...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '')),
];

/** Placeholder-looking fragments that are not well formed (bad name, unclosed braces). */
export const findMalformedPlaceholders = (text: string): string[] => {
  const badNames = findPlaceholders(text)
    .filter((name) => !VALID_NAME.test(name))
    .map((name) => `\${{${name}}}`);
  const unclosed = [...text.replace(PLACEHOLDER, '').matchAll(/\$\{\{[^"]{0,40}/g)].map((m) => m[0]);
  return [...badNames, ...unclosed];
};

const replaceIn = (text: string, env: Env, missing: Set<string>): string =>
  text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = env[name];
    if (value === undefined || value === '') {
      missing.add(name);
      return whole;
    }
    return value;
  });

const fillValue = (value: unknown, env: Env, missing: Set<string>): unknown => {
  if (typeof value === 'string') return replaceIn(value, env, missing);
  if (Array.isArray(value)) return value.map((item) => fillValue(item, env, missing));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillValue(item, env, missing)]),
    );
  return value;
};

const failOnMissing = (missing: Set<string>): void => {
  if (missing.size > 0) throw new MissingVariablesError([...missing].sort());
};

/** Fills a plain text; throws MissingVariablesError naming every variable that has no value. */
export const fillText = (text: string, env: Env): string => {
  const missing = new Set<string>();
  const filled = replaceIn(text, env, missing);
  failOnMissing(missing);
  return filled;
};

/**
 * Fills every string of a parsed JSON document. Substituting after parsing means a value with a
 * quote or a backslash cannot break the JSON.
 */
export const fillJson = <T>(document: T, env: Env): T => {
  const missing = new Set<string>();
  const filled = fillValue(document, env, missing) as T;
  failOnMissing(missing);
  return filled;
};
