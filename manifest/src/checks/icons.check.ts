import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { type JsonPath, asRecord, stringLeaves, toPointer, valueAt } from '../json-paths';
import { type Issue, issue } from './issue';

/** Where ribbon icons are served (`https://<host>/addin/assets/<file>`) and where their sources live. */
export const RIBBON_ICON_URL_PREFIX = '/addin/assets/';
export const RIBBON_ICON_SOURCE_DIR = 'assets';

const readPng = (file: string): PNG | string => {
  try {
    return PNG.sync.read(readFileSync(file));
  } catch (error) {
    return `is not a readable PNG (${(error as Error).message})`;
  }
};

const checkPngFile = (
  file: string,
  where: string,
  source: string,
  size: number,
  whiteOnTransparent = false,
): Issue[] => {
  if (!existsSync(source)) return [issue(file, where, `icon file not found: ${source}`)];
  const png = readPng(source);
  if (typeof png === 'string') return [issue(file, where, `${source} ${png}`)];
  if (png.width !== size || png.height !== size)
    return [issue(file, where, `${source} is ${png.width}x${png.height}, expected ${size}x${size}`)];
  if (whiteOnTransparent) {
    for (let i = 0; i < png.data.length; i += 4) {
      const [r = 0, g = 0, b = 0, a = 0] = png.data.subarray(i, i + 4);
      if (a > 0 && (r < 250 || g < 250 || b < 250))
        return [
          issue(
            file,
            where,
            `${source} must be white on a transparent background (pixel ${(i / 4) % size},${Math.floor(i / 4 / size)} is rgb(${r},${g},${b}))`,
          ),
        ];
    }
  }
  return [];
};

const checkAppIcons = (file: string, manifestDir: string, manifest: Record<string, unknown>): Issue[] => {
  const icons = asRecord(manifest.icons);
  const expected: { key: string; size: number; outline: boolean }[] = [
    { key: 'color', size: 192, outline: false },
    { key: 'outline', size: 32, outline: true },
    { key: 'color32x32', size: 32, outline: false },
  ];
  return expected.flatMap(({ key, size, outline }) => {
    const path = icons[key];
    if (path === undefined) return [];
    if (typeof path !== 'string') return [issue(file, `/icons/${key}`, 'must be a relative file path')];
    return checkPngFile(file, `/icons/${key}`, join(manifestDir, path), size, outline);
  });
};

/**
 * Ribbon icons are URLs; those under /addin/assets/ come from manifest/assets/, so their size can be
 * checked here. The high-resolution alternate icon is the same picture at twice the declared size.
 */
const checkExtensionIcons = (file: string, manifestDir: string, manifest: Record<string, unknown>): Issue[] =>
  stringLeaves(manifest.extensions, ['extensions'])
    .filter(({ path }) => path[path.length - 1] === 'url')
    .flatMap(({ path, value }) => {
      const iconPath: JsonPath = path.slice(0, -1);
      const size = asRecord(valueAt(manifest, iconPath)).size;
      if (typeof size !== 'number') return [];
      let pathname: string;
      try {
        pathname = new URL(value).pathname;
      } catch {
        return [];
      }
      if (!pathname.startsWith(RIBBON_ICON_URL_PREFIX)) return [];
      const expected = iconPath[iconPath.length - 1] === 'highResolutionIcon' ? size * 2 : size;
      const source = join(manifestDir, RIBBON_ICON_SOURCE_DIR, pathname.slice(RIBBON_ICON_URL_PREFIX.length));
      return checkPngFile(file, toPointer(path), source, expected);
    });

export const checkIcons = (file: string, manifestDir: string, manifest: Record<string, unknown>): Issue[] => [
  ...checkAppIcons(file, manifestDir, manifest),
  ...checkExtensionIcons(file, manifestDir, manifest),
];
