import { app } from '@microsoft/teams-js';

export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** Where the page runs: inside a Teams (or Microsoft 365) host, or in a plain browser. */
export type TabHost =
  | {
      kind: 'teams';
      locale: string;
      theme: TeamsTheme;
      onThemeChange: (handler: (theme: TeamsTheme) => void) => void;
    }
  | { kind: 'standalone' };

const INIT_TIMEOUT_MS = 1500;

/**
 * teams-js' own precondition: a parent frame, an opener, or the native bridge Teams mobile injects
 * into its top-level web view. Without any, initialize() can only fail, after fetching its list of
 * valid origins from a CDN; skipping it saves that round trip on every standalone load.
 */
const hasPossibleHost = (): boolean =>
  window.parent !== window.self || Boolean(window.opener) || 'nativeInterface' in window;

const asTheme = (theme: string | undefined): TeamsTheme =>
  theme === 'dark' || theme === 'contrast' ? theme : 'default';

/**
 * teams-js `app.initialize()` rejects at top level and may never settle in a foreign iframe, so it
 * is raced with a timeout; whatever does not answer as Teams within it is a plain browser.
 */
export const detectHost = async (timeoutMs = INIT_TIMEOUT_MS): Promise<TabHost> => {
  if (!hasPossibleHost()) return { kind: 'standalone' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>(
    (resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)),
  );
  try {
    const outcome = await Promise.race([app.initialize().then(() => 'ready' as const), timeout]);
    if (outcome !== 'ready') return { kind: 'standalone' };
    const context = await Promise.race([app.getContext(), timeout]);
    if (context === 'timeout') return { kind: 'standalone' };
    return {
      kind: 'teams',
      locale: context.app.locale,
      theme: asTheme(context.app.theme),
      onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme))),
    };
  } catch {
    return { kind: 'standalone' };
  } finally {
    clearTimeout(timer);
  }
};

/** Tells Teams the tab rendered, so it hides its loading indicator. */
export const notifyRendered = (host: TabHost): void => {
  if (host.kind === 'teams') void app.notifySuccess().catch(() => undefined);
};
