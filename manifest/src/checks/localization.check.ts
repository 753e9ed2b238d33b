import { localizableKeyMatcher, validateAgainstOfficialSchema } from '../official-schema';
import { asArray, asRecord, stringLeaves, toLocalizationKey } from '../json-paths';
import { type Issue, issue } from './issue';

export type LanguageFile = { languageTag: string; file: string; document: Record<string, unknown> };

/** The language files named by localizationInfo (default file first when there is one). */
export const languageFileRefs = (
  manifest: Record<string, unknown>,
): { languageTag: string; file: string }[] => {
  const info = asRecord(manifest.localizationInfo);
  const refs: { languageTag: string; file: string }[] = [];
  if (typeof info.defaultLanguageFile === 'string')
    refs.push({ languageTag: String(info.defaultLanguageTag), file: info.defaultLanguageFile });
  for (const entry of asArray(info.additionalLanguages).map(asRecord))
    if (typeof entry.file === 'string')
      refs.push({ languageTag: String(entry.languageTag), file: entry.file });
  return refs;
};

const META_KEYS = new Set(['$schema', 'localizationKeys']);
const isUrl = (value: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value);

/**
 * Filled-manifest check: each language file passes the official localization schema, names only
 * strings that exist in the manifest, and translates every localizable text (URLs excepted).
 */
export const checkLocalization = (
  manifest: Record<string, unknown>,
  version: string,
  languages: LanguageFile[],
): Issue[] => {
  const isLocalizable = localizableKeyMatcher(version);
  const manifestStrings = new Map(
    stringLeaves(manifest).map(({ path, value }) => [toLocalizationKey(path), value]),
  );
  const texts = [...manifestStrings]
    .filter(([key, value]) => isLocalizable(key) && !isUrl(value))
    .map(([key]) => key);

  return languages.flatMap(({ file, document }) => {
    const keys = Object.keys(document).filter((key) => !META_KEYS.has(key));
    return [
      ...validateAgainstOfficialSchema(document, version, 'localization').map(({ pointer, message }) =>
        issue(file, pointer, `schema: ${message}`),
      ),
      ...keys
        .filter((key) => !manifestStrings.has(key))
        .map((key) => issue(file, key, 'matches no string in manifest.json (stale or mistyped key)')),
      ...texts
        .filter((key) => !(key in document))
        .map((key) => issue(file, key, `missing translation of "${manifestStrings.get(key)}"`)),
    ];
  });
};
