import { createApiClient, type TokenProvider } from '@relais/ui/api';
import { interactionFormStrings } from '@relais/ui/components/interaction-form';
import { addComponentStrings } from '@relais/ui/components/shared';
import { suggestionsEn, suggestionsFr } from '@relais/ui/components/suggestions';
import { tierMatchStrings } from '@relais/ui/components/tier-match';
import { createI18n, pickLanguage } from '@relais/ui/i18n';
import { createRoot } from 'react-dom/client';
import { createRelaisApi } from '../api/relais-api';
import { readCurrentItem, readMailboxContext, type MailboxContext } from '../office';
import { prefetchItemRecords } from './item-records.prefetch';
import { PaneApp } from './pane-app';
import { paneEn } from './pane-strings.en';
import { paneFr } from './pane-strings.fr';
import { sharedToken } from './shared-token';

/** The pane's strings with its components', for a page that renders the pane. */
export const createPaneI18n = async (displayLanguage: string) => {
  const i18n = await createI18n(pickLanguage(displayLanguage), { en: { ...paneEn, ...suggestionsEn }, fr: { ...paneFr, ...suggestionsFr } });
  addComponentStrings(i18n, tierMatchStrings, interactionFormStrings);
  return i18n;
};

/**
 * Renders the pane once Office is ready (office.js in Outlook, the stub in the preview): the
 * language follows Outlook's, the API is this page's origin, tokens come from `tokenFor`.
 */
export const startPane = async (
  container: HTMLElement,
  tokenFor: (mailbox: MailboxContext) => TokenProvider,
): Promise<void> => {
  const mailbox = readMailboxContext();
  const lang = pickLanguage(mailbox.displayLanguage);
  const getToken = sharedToken(tokenFor(mailbox));
  const api = createRelaisApi(createApiClient({ baseUrl: window.location.origin, getToken, language: lang }));
  // Signing in starts now, and Relais is asked about the item while the pane renders rather than
  // once it has drawn itself; a failure to read the item is the pane's to report when it reads it.
  getToken().catch(() => undefined);
  readCurrentItem().then(
    (item) => item && prefetchItemRecords(api, item),
    () => undefined,
  );
  const i18n = await createPaneI18n(mailbox.displayLanguage);
  createRoot(container).render(<PaneApp i18n={i18n} services={{ api, user: mailbox.user, lang }} />);
};
