import { findPlaceholder, isGuid } from '../placeholders';
import { type JsonPath, asArray, asRecord, toPointer, valueAt } from '../json-paths';
import { type Issue, issue } from './issue';

const idPaths = (manifest: unknown): JsonPath[] => {
  const root = asRecord(manifest);
  return [
    ['id'],
    ['webApplicationInfo', 'id'],
    ...asArray(root.bots).map((_, i): JsonPath => ['bots', i, 'botId']),
    ...asArray(root.composeExtensions).map((_, i): JsonPath => ['composeExtensions', i, 'botId']),
    ...asArray(root.staticTabs).map((_, i): JsonPath => ['staticTabs', i, 'contentBotId']),
  ];
};

const WHOLE_PLACEHOLDER = /^\$\{\{([A-Z][A-Z0-9_]*)\}\}$/;

/** Template check: ids are literal GUIDs or a single placeholder declared as a GUID. */
export const checkIds = (file: string, manifest: unknown): Issue[] =>
  idPaths(manifest).flatMap((path) => {
    const value = valueAt(manifest, path);
    if (value === undefined) return [];
    if (typeof value === 'string' && isGuid(value)) return [];
    const name = typeof value === 'string' ? WHOLE_PLACEHOLDER.exec(value)?.[1] : undefined;
    if (name && findPlaceholder(name)?.kind === 'guid') return [];
    return [
      issue(
        file,
        toPointer(path),
        `must be a GUID or a GUID placeholder such as \${{RELAIS_APP_ID}}, got ${JSON.stringify(value)}`,
      ),
    ];
  });
