import { pages } from '@microsoft/teams-js';
import { useEffect, useRef, useState } from 'react';
import type { TabHost } from '../host/teams-host';
import { tierIdOfContentUrl, type TabConfig } from './tab-config';

/**
 * Binds the configuration page to Teams: Save is enabled once an organisation is chosen, and
 * saving stores the card's URL. When the tab is reconfigured, the tier it shows now is read back.
 * Outside Teams it does nothing: the page only shows what would be saved.
 */
export const useTeamsConfig = (host: TabHost, config: TabConfig | null, saveFailed: string) => {
  const chosen = useRef<TabConfig | null>(config);
  chosen.current = config;
  const [currentTierId, setCurrentTierId] = useState<string | null>(null);
  const inTeams = host.kind === 'teams';

  useEffect(() => {
    if (!inTeams) return;
    try {
      pages.config.registerOnSaveHandler((event) => {
        const wanted = chosen.current;
        if (!wanted) return event.notifyFailure(saveFailed);
        pages.config.setConfig(wanted).then(
          () => event.notifySuccess(),
          (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
      });
      pages.getConfig().then(
        (saved) => setCurrentTierId(tierIdOfContentUrl(saved.contentUrl)),
        () => undefined,
      );
    } catch {
      // Opened as content rather than as the tab's settings: there is nothing to save to.
    }
  }, [inTeams, saveFailed]);

  useEffect(() => {
    if (!inTeams) return;
    try {
      pages.config.setValidityState(config !== null);
    } catch {
      // Same as above: not a settings frame.
    }
  }, [inTeams, config]);

  return { currentTierId };
};
