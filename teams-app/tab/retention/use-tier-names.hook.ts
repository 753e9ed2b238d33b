import { displayName } from '@relais/domain';
import { useEffect, useState } from 'react';
import { body, type ApiClient } from '@relais/ui/api';

/** The names of the tiers shown, read one by one (the retention report holds ids only, never names). */
export const useTierNames = (api: ApiClient, ids: readonly string[]): Record<string, string> => {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = ids.join(',');
  useEffect(() => {
    let live = true;
    const missing = key.split(',').filter((id) => id && !(id in names));
    void Promise.all(
      missing.map((id) =>
        body(api.GET('/api/tiers/{id}', { params: { path: { id } } })).then(
          (tier) => [id, displayName(tier)] as const,
          () => [id, id] as const,
        ),
      ),
    ).then((found) => live && found.length > 0 && setNames((known) => ({ ...known, ...Object.fromEntries(found) })));
    return () => {
      live = false;
    };
    // `names` is read, not watched: a name once known is never asked again.
  }, [api, key]);
  return names;
};
