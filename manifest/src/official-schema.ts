import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv04, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * The official JSON schemas ship inside `@microsoft/app-manifest` (build/json-schemas/teams/v<version>/,
 * the files published at https://developer.microsoft.com/json-schemas/teams/). Reading them from
 * there keeps validation offline.
 *
 * We compile them with Ajv the way `AppManifestUtils.validateAgainstSchema` does (draft-04, all
 * errors, uri/email/regex formats) instead of calling it: its module graph requires the ESM-only
 * `strip-bom`, which jest's CommonJS runtime cannot load on Node 20.
 */
const schemaRoot = (): string =>
  join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

export type SchemaKind = 'manifest' | 'localization';

const schemaFile: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

export const officialSchemaUrl = (version: string, kind: SchemaKind): string =>
  `https://developer.microsoft.com/json-schemas/teams/v${version}/${schemaFile[kind]}`;

export const officialSchemaPath = (version: string, kind: SchemaKind): string =>
  join(schemaRoot(), `v${version}`, schemaFile[kind]);

export const hasOfficialSchema = (version: string): boolean =>
  existsSync(officialSchemaPath(version, 'manifest'));

export const availableSchemaVersions = (): string[] =>
  readdirSync(schemaRoot())
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));

type JsonSchema = Record<string, unknown>;

export const loadOfficialSchema = (version: string, kind: SchemaKind): JsonSchema =>
  // Some published schemas contain \a and \v escapes that JSON.parse rejects (the package does the same).
  JSON.parse(
    readFileSync(officialSchemaPath(version, kind), 'utf8')
      .replace(/\\a/g, '\\u0007')
      .replace(/\\v/g, '\\u000b'),
  ) as JsonSchema;

const validators = new Map<string, ValidateFunction>();

const validatorFor = (version: string, kind: SchemaKind): ValidateFunction => {
  const key = `${version}/${kind}`;
  const cached = validators.get(key);
  if (cached) return cached;
  // unicodeRegExp off: the published localization schema has a pattern (`\b]`) that is invalid in unicode mode.
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(loadOfficialSchema(version, kind));
  validators.set(key, validate);
  return validate;
};

const detail = (error: ErrorObject): string => {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return ` ("${String(params.additionalProperty)}")`;
  if (error.keyword === 'enum') return ` (${JSON.stringify(params.allowedValues)})`;
  return '';
};

export type SchemaError = { pointer: string; message: string };

/** Validates a document against the official schema of `version`; one entry per violation. */
export const validateAgainstOfficialSchema = (
  document: unknown,
  version: string,
  kind: SchemaKind,
): SchemaError[] => {
  const validate = validatorFor(version, kind);
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => ({
    pointer: error.instancePath || '/',
    message: `${error.message ?? 'is invalid'}${detail(error)}`,
  }));
};

/** Whether a localization key (`staticTabs[0].name`) is one the official localization schema accepts. */
export const localizableKeyMatcher = (version: string): ((key: string) => boolean) => {
  const schema = loadOfficialSchema(version, 'localization');
  const names = new Set(Object.keys((schema.properties ?? {}) as Record<string, unknown>));
  const patterns = Object.keys((schema.patternProperties ?? {}) as Record<string, unknown>).map(
    (source) => new RegExp(source),
  );
  return (key) =>
    (names.has(key) && key !== '$schema' && key !== 'localizationKeys') ||
    patterns.some((pattern) => pattern.test(key));
};
