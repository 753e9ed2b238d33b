/** A location in a JSON document: property names and array indexes. */
export type JsonPath = (string | number)[];

export type StringLeaf = { path: JsonPath; value: string };

/** Every string in a document with where it sits. */
export const stringLeaves = (value: unknown, path: JsonPath = []): StringLeaf[] => {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringLeaves(item, [...path, index]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
};

/** `/extensions/0/ribbons/0`, the JSON Pointer form used in messages. */
export const toPointer = (path: JsonPath): string =>
  path.length === 0 ? '/' : path.map((part) => `/${part}`).join('');

/** `extensions[0].ribbons[0].label`, the form localization files use as keys. */
export const toLocalizationKey = (path: JsonPath): string =>
  path.reduce<string>(
    (key, part) => (typeof part === 'number' ? `${key}[${part}]` : key === '' ? part : `${key}.${part}`),
    '',
  );

/** Reads a value at a path; undefined when any step is missing. */
export const valueAt = (document: unknown, path: JsonPath): unknown =>
  path.reduce<unknown>((node, part) => {
    if (node === null || typeof node !== 'object') return undefined;
    return (node as Record<string | number, unknown>)[part];
  }, document);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const asRecord = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});
