import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { i18n } from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { TabHost, TeamsTheme } from './teams-host';

const themes: Record<TeamsTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** Language and theme around every tab page; the theme follows Teams when it changes. */
export const TabShell = ({ host, i18n, children }: { host: TabHost; i18n: i18n; children: ReactNode }) => {
  const [theme, setTheme] = useState<TeamsTheme>(host.kind === 'teams' ? host.theme : 'default');
  useEffect(() => {
    if (host.kind === 'teams') host.onThemeChange(setTheme);
  }, [host]);
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={themes[theme]} style={{ minHeight: '100%' }}>
        {children}
      </FluentProvider>
    </I18nextProvider>
  );
};
