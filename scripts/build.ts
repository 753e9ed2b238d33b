import { MissingVariablesError, packageApp } from '@relais/manifest';
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildWeb, WEB_DIR } from './web/build-web';

const root = join(__dirname, '..');
const DEPLOY_DIR = join(root, 'dist', 'deploy');

type PackageJson = { name: string; version: string; dependencies?: Record<string, string> };
const packageJsonOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;

/** A package and everything it depends on, as installed here (the lockfile's versions), by name and folder. */
const dependencyClosure = (name: string, from: string, found = new Map<string, string>()): Map<string, string> => {
  if (found.has(name)) return found;
  // Node's lookup: node_modules folders from `from` upwards (package.json itself may not be exported).
  const folders: string[] = [];
  for (let at = from; ; at = dirname(at)) {
    folders.push(join(at, 'node_modules', name));
    if (dirname(at) === at) break;
  }
  const dir = folders.find((candidate) => existsSync(join(candidate, 'package.json')));
  if (!dir) throw new Error(`${name} is not installed (needed by ${from}); run npm ci.`);
  found.set(name, dir);
  for (const dependency of Object.keys(packageJsonOf(dir).dependencies ?? {})) dependencyClosure(dependency, dir, found);
  return found;
};

/**
 * dist/deploy: what the Function App runs and nothing else (azd deploys this folder, see
 * azure.yaml): host.json, a package.json whose `main` is the bundle, the pages beside it, and the
 * one module left out of the bundle with its own dependencies.
 */
const stageDeployment = () => {
  rmSync(DEPLOY_DIR, { recursive: true, force: true });
  mkdirSync(DEPLOY_DIR, { recursive: true });
  cpSync(join(root, 'host.json'), join(DEPLOY_DIR, 'host.json'));
  cpSync(join(root, 'dist', 'functions'), join(DEPLOY_DIR, 'functions'), { recursive: true });
  cpSync(WEB_DIR, join(DEPLOY_DIR, 'web'), { recursive: true });
  const runtime = dependencyClosure('@azure/functions', root);
  for (const [name, dir] of runtime) cpSync(dir, join(DEPLOY_DIR, 'node_modules', name), { recursive: true });
  const app = packageJsonOf(root);
  writeFileSync(
    join(DEPLOY_DIR, 'package.json'),
    `${JSON.stringify({ name: app.name, version: app.version, private: true, main: 'functions/main.js', dependencies: { '@azure/functions': packageJsonOf(runtime.get('@azure/functions')!).version } }, null, 2)}\n`,
  );
};

/**
 * `npm run build`: the Functions app bundled into dist/functions/main.js (package.json `main`), the
 * pages into dist/web, both staged with the runtime's one external module into dist/deploy, and the
 * app package into dist/manifest when its variables are set.
 */
const main = async () => {
  await build({
    entryPoints: [join(root, 'functions', 'src', 'main.ts')],
    outfile: join(root, 'dist', 'functions', 'main.js'),
    bundle: true,
    platform: 'node',
    // Azure runs Node 22; the bundle stays loadable on Node 20, which this repository still supports.
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    // The Functions worker and the bundled app must share one @azure/functions module.
    external: ['@azure/functions'],
  });
  const pages = await buildWeb({ quiet: true });
  stageDeployment();
  console.log(`built dist/functions/main.js and ${pages.length} pages in dist/web, staged for deployment in dist/deploy`);
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
