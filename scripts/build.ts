import { MissingVariablesError, packageApp } from '@relais/manifest';
import { build } from 'esbuild';
import { join } from 'node:path';
import { buildWeb } from './web/build-web';

const root = join(__dirname, '..');

/**
 * `npm run build`: the Functions app bundled into dist/functions/main.js (package.json `main`), the
 * pages into dist/web, and the app package into dist/manifest when its variables are set.
 */
const main = async () => {
  await build({
    entryPoints: [join(root, 'functions', 'src', 'main.ts')],
    outfile: join(root, 'dist', 'functions', 'main.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    // The Functions worker and the bundled app must share one @azure/functions module.
    external: ['@azure/functions'],
  });
  const pages = await buildWeb({ quiet: true });
  console.log(`built dist/functions/main.js and ${pages.length} pages in dist/web`);
  try {
    const app = await packageApp({ env: process.env });
    console.log(`packaged the app manifest into ${app.file}`);
  } catch (error) {
    if (!(error instanceof MissingVariablesError)) throw error;
    console.log(`app package skipped (${error.missing.join(", ")} not set; see docs/deploy.md)`);
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
