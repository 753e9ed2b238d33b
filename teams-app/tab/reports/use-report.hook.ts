import type { ReportGroup } from '@relais/domain';
import { useEffect, useState } from 'react';
import { body, type ApiClient } from '@relais/ui/api';
import type { ActivityReport } from '@relais/ui/components/charts';

export type ReportState = { status: 'loading' } | { status: 'ready'; report: ActivityReport } | { status: 'error'; error: unknown };

/** One activity report; asked again when the period or the grouping changes. */
export const useReport = (api: ApiClient, from: string, to: string, groupBy: ReportGroup): ReportState => {
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    body(api.GET('/api/reports/activity', { params: { query: { from, to, groupBy } } }))
      .then((report) => live && setState({ status: 'ready', report }))
      .catch((error: unknown) => live && setState({ status: 'error', error }));
    return () => {
      live = false;
    };
  }, [api, from, to, groupBy]);
  return state;
};
