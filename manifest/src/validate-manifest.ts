import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Env, MissingVariablesError, fillJson, findPlaceholders } from './fill-placeholders';
import { checkPlaceholderValues, findPlaceholder, sampleEnv } from './placeholders';
import {
  availableSchemaVersions,
  hasOfficialSchema,
  officialSchemaPath,
  officialSchemaUrl,
  validateAgainstOfficialSchema,
} from './official-schema';
import { isRecord } from './json-paths';
import { type Issue, issue } from './checks/issue';
import { checkPlaceholders } from './checks/placeholders.check';
import { checkIds } from './checks/ids.check';
import { checkCapabilities } from './checks/capabilities.check';
import { checkUrlDomains, validDomainsOf } from './checks/urls.check';
import { checkIcons } from './checks/icons.check';
import { type LanguageFile, checkLocalization, languageFileRefs } from './checks/localization.check';

export const MANIFEST_FILE = 'manifest.json';
/** The committed sources: manifest/ (this file sits in manifest/src). */
export const defaultManifestDir = join(__dirname, '..');

export type FilledApp = { manifest: Record<string, unknown>; languages: LanguageFile[] };

export type ValidationResult = {
  issues: Issue[];
  manifestVersion?: string;
  /** The offline schema file the manifest was checked against. */
  schemaPath?: string;
  /** The manifest and language files with placeholders filled, when filling succeeded. */
  filled?: FilledApp;
};

export type ValidateOptions = {
  /** Values for the placeholders; the documented samples when omitted. */
  env?: Env;
};

type Source = { file: string; text: string; document: Record<string, unknown> };

const readJsonSource = (dir: string, file: string): Source | Issue => {
  const path = join(dir, file);
  if (!existsSync(path)) return issue(file, '', `file not found (${path})`);
  const text = readFileSync(path, 'utf8');
  try {
    const document: unknown = JSON.parse(text);
    return isRecord(document) ? { file, text, document } : issue(file, '', 'must contain a JSON object');
  } catch (error) {
    return issue(file, '', `is not valid JSON: ${(error as Error).message}`);
  }
};

const isIssue = (value: Source | Issue): value is Issue => 'message' in value;

const checkVersion = (manifest: Record<string, unknown>): Issue[] => {
  const version = manifest.manifestVersion;
  if (typeof version !== 'string') return [issue(MANIFEST_FILE, '/manifestVersion', 'is missing')];
  if (!hasOfficialSchema(version))
    return [
      issue(
        MANIFEST_FILE,
        '/manifestVersion',
        `no offline schema for ${version} in @microsoft/app-manifest (available: ${availableSchemaVersions().join(', ')})`,
      ),
    ];
  const expected = officialSchemaUrl(version, 'manifest');
  return manifest.$schema === expected
    ? []
    : [issue(MANIFEST_FILE, '/$schema', `must be ${expected} to match manifestVersion ${version}`)];
};

/** Fills every source; reports missing values only for known placeholders (unknown ones are reported already). */
const fillSources = (
  sources: Source[],
  env: Env,
): { filled: Record<string, unknown>[] } | { issues: Issue[] } => {
  const missing = new Set<string>();
  const filled = sources.map(({ document }) => {
    try {
      return fillJson(document, env);
    } catch (error) {
      if (!(error instanceof MissingVariablesError)) throw error;
      error.missing.forEach((name) => missing.add(name));
      return undefined;
    }
  });
  if (missing.size === 0) return { filled: filled as Record<string, unknown>[] };
  const known = [...missing].filter((name) => findPlaceholder(name));
  return { issues: known.length > 0 ? [issue('env', '', `no value for: ${known.join(', ')}`)] : [] };
};

/**
 * Validates the app package sources in `dir` entirely offline: the template (placeholders, ids,
 * what Relais must declare), then the filled manifest against the official schema of its version,
 * URL domains, icon files and language files.
 */
export const validateManifestDir = (
  dir: string = defaultManifestDir,
  options: ValidateOptions = {},
): ValidationResult => {
  const main = readJsonSource(dir, MANIFEST_FILE);
  if (isIssue(main)) return { issues: [main] };
  const manifest = main.document;
  const manifestVersion = typeof manifest.manifestVersion === 'string' ? manifest.manifestVersion : undefined;

  const languageSources = languageFileRefs(manifest).map(({ file }) => readJsonSource(dir, file));
  const languages = languageSources.filter((source): source is Source => !isIssue(source));
  const sources = [main, ...languages];
  const env = options.env ?? sampleEnv();
  const usedNames = new Set(sources.flatMap(({ text }) => findPlaceholders(text)));
  const usedEnv = Object.fromEntries(Object.entries(env).filter(([name]) => usedNames.has(name)));

  const envIssues = checkPlaceholderValues(usedEnv).map((message) => issue('env', '', message));
  const templateIssues = [
    ...checkVersion(manifest),
    ...languageSources.filter(isIssue),
    ...sources.flatMap(({ file, text }) => checkPlaceholders(file, text)),
    ...checkIds(MANIFEST_FILE, manifest),
    ...checkCapabilities(MANIFEST_FILE, manifest),
    ...envIssues,
  ];

  // With unknown, unfilled or malformed values the filled document is not what Teams and Outlook
  // would see, and checking it would bury the cause under consequences.
  const filling = fillSources(sources, env);
  const hasUnknown = [...usedNames].some((name) => !findPlaceholder(name));
  if ('issues' in filling || hasUnknown || envIssues.length > 0)
    return { issues: [...templateIssues, ...('issues' in filling ? filling.issues : [])], manifestVersion };

  const [filledManifest = {}, ...filledLanguageDocs] = filling.filled;
  const filledLanguages: LanguageFile[] = languageFileRefs(manifest)
    .map((ref, index) => ({ ...ref, document: filledLanguageDocs[index] }))
    .filter((language): language is LanguageFile => language.document !== undefined);
  const schemaReady = manifestVersion !== undefined && hasOfficialSchema(manifestVersion);
  const validDomains = validDomainsOf(filledManifest);

  const filledIssues = [
    ...(schemaReady
      ? validateAgainstOfficialSchema(filledManifest, manifestVersion, 'manifest').map(
          ({ pointer, message }) => issue(MANIFEST_FILE, pointer, `schema: ${message}`),
        )
      : []),
    ...checkUrlDomains(MANIFEST_FILE, filledManifest, validDomains),
    ...filledLanguages.flatMap(({ file, document }) => checkUrlDomains(file, document, validDomains)),
    ...checkIcons(MANIFEST_FILE, dir, filledManifest),
    ...(schemaReady ? checkLocalization(filledManifest, manifestVersion, filledLanguages) : []),
  ];

  return {
    issues: [...templateIssues, ...filledIssues],
    manifestVersion,
    schemaPath: schemaReady ? officialSchemaPath(manifestVersion, 'manifest') : undefined,
    filled: { manifest: filledManifest, languages: filledLanguages },
  };
};
