/**
 * Fills `${{NAME}}` placeholders from an env object; throws MissingVariablesError naming every
 * variable without a value. As a command, prints a filled manifest source:
 * `npx tsx manifest/scripts/fill.ts [--env <file>] [--file fr-fr.json]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, MissingVariablesError, defaultManifestDir, fillJson } from '../src';
import { argValue, envFromArgs } from './cli-args';

export { MissingVariablesError, fillJson, fillText } from '../src';

const main = (args: string[]): number => {
  try {
    const file = argValue(args, 'file') ?? MANIFEST_FILE;
    const document: unknown = JSON.parse(readFileSync(join(defaultManifestDir, file), 'utf8'));
    console.log(JSON.stringify(fillJson(document, envFromArgs(args)), null, 2));
    return 0;
  } catch (error) {
    console.error(
      error instanceof MissingVariablesError ? error.message : error instanceof Error ? error.message : error,
    );
    return 1;
  }
};

if (require.main === module) process.exitCode = main(process.argv.slice(2));
