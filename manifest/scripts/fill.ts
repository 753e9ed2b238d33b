/**
 * `npx tsx manifest/scripts/fill.ts [--env <file>] [--file fr-fr.json]` prints a manifest source
 * with its `${{NAME}}` placeholders filled, or every missing variable and exit code 1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, MissingVariablesError, defaultManifestDir, fillJson } from '../src';
import { argValue, envFromArgs } from './cli-args';

const args = process.argv.slice(2);
try {
  const file = argValue(args, 'file') ?? MANIFEST_FILE;
  const document: unknown = JSON.parse(readFileSync(join(defaultManifestDir, file), 'utf8'));
  console.log(JSON.stringify(fillJson(document, envFromArgs(args)), null, 2));
} catch (error) {
  console.error(
    error instanceof MissingVariablesError
      ? `${error.message}`
      : error instanceof Error
        ? error.message
        : error,
  );
  process.exitCode = 1;
}
