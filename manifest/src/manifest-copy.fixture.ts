import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { defaultManifestDir } from './validate-manifest';

const PACKAGE_SOURCES = new Set(['manifest.json', 'fr-fr.json', 'color.png', 'outline.png', 'assets']);

export type ManifestCopy = {
  dir: string;
  readJson: (file: string) => Record<string, unknown>;
  writeJson: (file: string, document: unknown) => void;
  edit: (file: string, change: (document: Record<string, unknown>) => void) => void;
  remove: () => void;
};

/** A throw-away copy of the package sources, to break on purpose. */
export const copyManifestSources = (): ManifestCopy => {
  const dir = mkdtempSync(join(tmpdir(), 'relais-manifest-'));
  const top = (source: string) => relative(defaultManifestDir, source).split(sep)[0] ?? '';
  cpSync(defaultManifestDir, dir, {
    recursive: true,
    filter: (source) => source === defaultManifestDir || PACKAGE_SOURCES.has(top(source)),
  });
  const readJson = (file: string) =>
    JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  const writeJson = (file: string, document: unknown) =>
    writeFileSync(join(dir, file), JSON.stringify(document, null, 2));
  return {
    dir,
    readJson,
    writeJson,
    edit: (file, change) => {
      const document = readJson(file);
      change(document);
      writeJson(file, document);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
};
