/**
 * `npm run validate`: checks manifest/ offline with the documented sample values (or, with
 * `--env <file>`, the values of one environment), then asks @microsoft/app-manifest's own validator
 * for a second opinion on the filled manifest. Exit code 1 and one line per problem otherwise.
 */
import { relative } from 'node:path';
import { formatIssue, validateManifestDir } from '../src';
import { envFromArgs } from './cli-args';
import { validateWithPackage } from './package-validator';

const main = async (): Promise<number> => {
  const args = process.argv.slice(2);
  const env = args.includes('--env') ? envFromArgs(args) : undefined;
  const result = validateManifestDir(undefined, { env });
  const problems = result.issues.map(formatIssue);
  if (problems.length === 0 && result.filled && result.manifestVersion)
    problems.push(
      ...(await validateWithPackage(result.filled.manifest, result.manifestVersion)).map(
        (message) => `manifest.json (AppManifestUtils): ${message}`,
      ),
    );
  if (problems.length > 0) {
    console.error(`manifest invalid (${problems.length} problem${problems.length > 1 ? 's' : ''}):`);
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
  const schema = result.schemaPath ? relative(process.cwd(), result.schemaPath) : 'none';
  console.log(
    `manifest valid (manifestVersion ${result.manifestVersion}, offline schema ${schema}${env ? '' : ', sample placeholder values'})`,
  );
  return 0;
};

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
