import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { type Env, MissingVariablesError, findPlaceholders } from './fill-placeholders';
import { asRecord, isRecord } from './json-paths';
import { type Issue, formatIssue } from './checks/issue';
import { languageFileRefs } from './checks/localization.check';
import { MANIFEST_FILE, defaultManifestDir, validateManifestDir } from './validate-manifest';

/** `dist/manifest/relais.zip` at the repository root. */
export const defaultPackageFile = join(defaultManifestDir, '..', 'dist', 'manifest', 'relais.zip');

/** Fixed entry dates make the same inputs produce the same bytes. */
const ENTRY_DATE = new Date('2024-01-01T00:00:00Z');

export type PackageOptions = { env: Env; manifestDir?: string; outFile?: string };
export type PackageResult = { file: string; entries: string[]; bytes: number };

export class InvalidAppPackageError extends Error {
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    super(
      `The app package would be invalid:\n${issues.map((found) => `- ${formatIssue(found)}`).join('\n')}`,
    );
    this.name = 'InvalidAppPackageError';
    this.issues = issues;
  }
}

const readText = (dir: string, file: string): string => {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch {
    return '';
  }
};

/** Every placeholder the package sources use that `env` leaves empty, across all files at once. */
const missingVariables = (dir: string, env: Env): string[] => {
  const manifestText = readText(dir, MANIFEST_FILE);
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestText);
  } catch {
    return [];
  }
  const texts = [
    manifestText,
    ...(isRecord(manifest) ? languageFileRefs(manifest).map(({ file }) => readText(dir, file)) : []),
  ];
  return [...new Set(texts.flatMap(findPlaceholders))].filter((name) => !env[name]).sort();
};

/** Builds the app package in memory: filled manifest and language files, and the two app icons. */
export const buildAppPackage = async ({
  env,
  manifestDir = defaultManifestDir,
}: Omit<PackageOptions, 'outFile'>): Promise<{ zip: Buffer; entries: string[] }> => {
  const missing = missingVariables(manifestDir, env);
  if (missing.length > 0) throw new MissingVariablesError(missing);
  const result = validateManifestDir(manifestDir, { env });
  if (result.issues.length > 0 || !result.filled) throw new InvalidAppPackageError(result.issues);

  const { manifest, languages } = result.filled;
  const zip = new JSZip();
  const add = (name: string, data: string | Buffer) =>
    zip.file(name, data, { date: ENTRY_DATE, createFolders: false });
  add(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  for (const { file, document } of languages) add(file, `${JSON.stringify(document, null, 2)}\n`);
  for (const icon of Object.values(asRecord(manifest.icons)))
    if (typeof icon === 'string') add(icon, readFileSync(join(manifestDir, icon)));

  const entries = Object.keys(zip.files);
  return {
    zip: await zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    }),
    entries,
  };
};

/** Writes the app package to upload to Teams / Outlook (default `dist/manifest/relais.zip`). */
export const packageApp = async ({
  outFile = defaultPackageFile,
  ...options
}: PackageOptions): Promise<PackageResult> => {
  const { zip, entries } = await buildAppPackage(options);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, zip);
  return { file: outFile, entries, bytes: zip.length };
};
