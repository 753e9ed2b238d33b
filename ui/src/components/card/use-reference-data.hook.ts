import { useEffect, useState } from 'react';
import { body, type ApiClient } from '../../api/api-client';

export type FactDefinitionView = {
  name: string;
  label: { fr: string; en: string };
  staleAfterDays: number;
  values: { type?: string; enum?: string[] };
};
export type ReferenceFunctionView = { id: string; fr: string; en: string };
export type ReferenceData = {
  facts: readonly FactDefinitionView[];
  functions: readonly ReferenceFunctionView[];
};

const cache = new WeakMap<ApiClient, Promise<ReferenceData>>();

const load = (api: ApiClient): Promise<ReferenceData> => {
  let pending = cache.get(api);
  if (!pending) {
    pending = Promise.all([
      body(api.GET('/api/fact-definitions')),
      body(api.GET('/api/reference-functions')),
    ]).then(([facts, functions]) => ({ facts: facts.items, functions: functions.items }));
    // A failed load is forgotten so the next page view tries again.
    pending.catch(() => cache.delete(api));
    cache.set(api, pending);
  }
  return pending;
};

/**
 * Fact labels and the reference-function list, in both languages, read once per page. The card
 * never waits for them: until they arrive (or if they fail) it shows the raw names.
 */
export const useReferenceData = (api: ApiClient): ReferenceData | null => {
  const [data, setData] = useState<ReferenceData | null>(null);
  useEffect(() => {
    let live = true;
    load(api).then(
      (d) => live && setData(d),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  return data;
};

export const factLabel = (data: ReferenceData | null, name: string, lang: string): string => {
  const label = data?.facts.find((d) => d.name === name)?.label;
  return label ? (lang === 'fr' ? label.fr : label.en) : name;
};

export const functionLabel = (data: ReferenceData | null, id: string, lang: string): string => {
  const found = data?.functions.find((f) => f.id === id);
  return found ? (lang === 'fr' ? found.fr : found.en) : id;
};
