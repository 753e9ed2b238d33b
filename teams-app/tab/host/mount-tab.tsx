import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { addComponentStrings, type ComponentStrings } from '@relais/ui/components/shared';
import { createI18n } from '@relais/ui/i18n';
import { TabShell } from './tab-shell';
import { notifyRendered } from './teams-host';
import { openSession, type TabSession } from './tab-session';

export type PageStrings = { en: Record<string, unknown>; fr: Record<string, unknown> };

/** Boots a tab page: host detection, sign-in, strings, theme; then renders it into #root. */
export const mountTab = async (
  strings: PageStrings,
  render: (session: TabSession) => ReactNode,
  /** Strings of shared component folders that keep their own namespace (the interaction form…). */
  components: ComponentStrings[] = [],
): Promise<void> => {
  // Marks for real-user timing and the benchmark: script evaluated, then host and strings known.
  performance.mark('relais:boot');
  const root = createRoot(document.getElementById('root')!);
  const session = await openSession();
  const i18n = await createI18n(session.language, strings);
  addComponentStrings(i18n, ...components);
  performance.mark('relais:session');
  document.documentElement.lang = session.language;
  root.render(
    <TabShell host={session.host} i18n={i18n}>
      {render(session)}
    </TabShell>,
  );
  notifyRendered(session.host);
};
