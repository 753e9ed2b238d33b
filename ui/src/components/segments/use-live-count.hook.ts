import { useEffect, useState } from 'react';
import { body, type ApiClient } from '../../api/api-client';
import { isApiProblem } from '../../api/api-problem';
import type { SegmentMember, SegmentPreviewResult } from '../../api/relais-api.generated';
import type { Definition } from './condition-model';

export type { SegmentMember };
export type Preview = SegmentPreviewResult;
export type LiveCount =
  | { status: 'idle' }
  | { status: 'counting'; last?: Preview }
  | { status: 'ready'; preview: Preview }
  | { status: 'invalid'; errors: { path: string; message: string }[] }
  | { status: 'error'; error: unknown };

const DEBOUNCE_MS = 350;

/** Counts the members of the rule being built, a moment after the user stops typing. */
export const useLiveCount = (api: ApiClient, definition: Definition | undefined): LiveCount => {
  const [state, setState] = useState<LiveCount>({ status: 'idle' });
  const key = JSON.stringify(definition ?? null);
  useEffect(() => {
    if (!definition) return setState({ status: 'idle' });
    const controller = new AbortController();
    setState((s) => ({
      status: 'counting',
      last: s.status === 'ready' ? s.preview : s.status === 'counting' ? s.last : undefined,
    }));
    const timer = setTimeout(() => {
      body(api.POST('/api/segments/preview', { body: { definition }, signal: controller.signal }))
        .then((preview) => setState({ status: 'ready', preview }))
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          if (isApiProblem(error) && error.status === 400)
            setState({ status: 'invalid', errors: error.errors });
          else setState({ status: 'error', error });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // Keyed by the rule's JSON: a new object holding the same rule does not count again.
  }, [api, key]);
  return state;
};
