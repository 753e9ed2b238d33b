import { build, type Metafile } from 'esbuild';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { writePrecompressed, type Compression } from '../../functions/src/pages/precompressed';
import { scriptMetaName } from '@relais/ui/auth/lazy-naa';
import { webPages, webScripts, type WebPage, type WebScript } from './web-pages';

export const WEB_DIR = join(__dirname, '..', '..', 'dist', 'web');

/** Microsoft's CDN copy of office.js: Outlook requires the hosted script. */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** A built page: its entry script's content-hashed address under /assets/. */
export type BuiltPage = WebPage & { script: string };

const html = (page: WebPage, script: string, scripts: Map<string, string>) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
${[...scripts].map(([name, url]) => `<meta name="${scriptMetaName(name)}" content="${url}">\n`).join('')}${page.officeJs ? `<script src="${OFFICE_JS}"></script>\n` : ''}<style>html,body{margin:0;height:100%}body{font-family:'Segoe UI',system-ui,sans-serif}</style>
</head>
<body>
<div id="root"></div>
<script src="${script}"></script>
</body>
</html>
`;

const bundleName = (route: string) => route.slice(1).replace(/\//g, '-');

/** Replaces dist/web with a finished build; concurrent builds each land whole, the last one wins. */
const publish = (built: string): void => {
  for (let attempt = 1; ; attempt += 1) {
    const old = `${WEB_DIR}.old-${process.pid}-${Date.now()}-${attempt}`;
    try {
      renameSync(WEB_DIR, old);
    } catch {
      // No previous build, or another build is swapping it right now.
    }
    try {
      renameSync(built, WEB_DIR);
      rmSync(old, { recursive: true, force: true });
      return;
    } catch (error) {
      rmSync(old, { recursive: true, force: true });
      if (attempt === 5) throw error;
    }
  }
};

/**
 * Bundles every page that has an entry yet (minified, one file each, named by its content hash),
 * writes its HTML, and writes brotli and gzip copies of everything compressible beside it.
 */
export const buildWeb = async (
  options: { pages?: WebPage[]; scripts?: WebScript[]; quiet?: boolean; compression?: Compression } = {},
): Promise<BuiltPage[]> => {
  const pages = (options.pages ?? webPages).filter((p) => existsSync(join(__dirname, '..', '..', p.entry)));
  // A build of chosen pages (a benchmark's) leaves the other scripts out unless asked for them.
  const scripts = (options.scripts ?? (options.pages ? [] : webScripts)).filter((s) =>
    existsSync(join(__dirname, '..', '..', s.entry)),
  );
  // Built aside then swapped in: a server (or a test run) using dist/web never sees it half-built.
  const out = `${WEB_DIR}.build-${process.pid}-${Date.now()}`;
  mkdirSync(join(out, 'assets'), { recursive: true });
  let built: BuiltPage[];
  try {
    built = await buildInto(out, pages, scripts, options.quiet);
    await writePrecompressed(out, options.compression);
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    throw error;
  }
  publish(out);
  return built;
};

/** Each entry's output file, from esbuild's metafile: `/assets/<name>-<hash>.js`. */
const outputsByEntry = (metafile: Metafile): Map<string, string> =>
  new Map(
    Object.entries(metafile.outputs).flatMap(([file, output]) =>
      output.entryPoint ? [[resolve(output.entryPoint), `/assets/${basename(file)}`] as [string, string]] : [],
    ),
  );

const buildInto = async (
  out: string,
  pages: WebPage[],
  scripts: WebScript[],
  quiet?: boolean,
): Promise<BuiltPage[]> => {
  const source = (entry: string) => join(__dirname, '..', '..', entry);
  const result = await build({
    entryPoints: Object.fromEntries([
      ...pages.map((p) => [bundleName(p.route), source(p.entry)]),
      ...scripts.map((s) => [s.name, source(s.entry)]),
    ]),
    outdir: join(out, 'assets'),
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome120', 'edge120', 'safari16'],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: quiet ? 'error' : 'warning',
    metafile: true,
  });
  const outputs = outputsByEntry(result.metafile);
  const urlOf = (entry: string) => outputs.get(resolve(source(entry)))!;
  // The sign-in scripts are loaded by the pages on demand: each page's HTML says where they are.
  const scriptUrls = new Map(scripts.map((s) => [s.name, urlOf(s.entry)]));
  // The Outlook ribbon's icons are served beside the pane (the manifest points at /addin/assets/).
  cpSync(join(__dirname, '..', '..', 'manifest', 'assets'), join(out, 'addin', 'assets'), {
    recursive: true,
  });
  // The privacy and terms pages the app manifest links to.
  cpSync(join(__dirname, 'static'), out, { recursive: true });
  return pages.map((page) => {
    const file = join(out, `${page.route}.html`);
    mkdirSync(join(file, '..'), { recursive: true });
    const script = urlOf(page.entry);
    writeFileSync(file, html(page, script, scriptUrls));
    return { ...page, script };
  });
};

if (require.main === module) {
  buildWeb().then((pages) => console.log(`built ${pages.length} pages into ${WEB_DIR}`));
}
