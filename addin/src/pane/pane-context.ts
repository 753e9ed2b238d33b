import type { UiLanguage } from '@relais/ui/i18n';
import { createContext, useContext } from 'react';
import type { RelaisApi } from '../api/relais-api';
import type { Party } from '../office';

/** What every part of the pane needs: the API, the mailbox user, the language. */
export type PaneServices = { api: RelaisApi; user: Party; lang: UiLanguage };

export const PaneContext = createContext<PaneServices | null>(null);

export const usePane = (): PaneServices => {
  const services = useContext(PaneContext);
  if (!services) throw new Error('usePane outside <PaneContext.Provider>');
  return services;
};
