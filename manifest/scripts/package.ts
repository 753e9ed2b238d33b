/**
 * `npx tsx manifest/scripts/package.ts --env <file> [--out <zip>]` writes the app package
 * (default dist/manifest/relais.zip). Refuses, listing every problem, when a value is missing or the
 * filled manifest is invalid. `npm run build` imports `packageApp` (here or from `@relais/manifest`).
 */
import { relative, resolve } from 'node:path';
import { MissingVariablesError, packageApp } from '../src';
import { argValue, envFromArgs } from './cli-args';

export { InvalidAppPackageError, MissingVariablesError, packageApp } from '../src';

const main = async (args: string[]): Promise<number> => {
  const out = argValue(args, 'out');
  try {
    const result = await packageApp({ env: envFromArgs(args), ...(out ? { outFile: resolve(out) } : {}) });
    const shown = relative(process.cwd(), result.file);
    console.log(
      `wrote ${shown.startsWith('..') ? result.file : shown} (${result.bytes} bytes): ${result.entries.join(', ')}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof MissingVariablesError)
      console.error(
        `${error.message}\nSet them in the file given with --env (see manifest/env/sample.env) or in the environment.`,
      );
    else console.error(error instanceof Error ? error.message : error);
    return 1;
  }
};

if (require.main === module)
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
