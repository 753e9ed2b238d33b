import { type TokenProvider, readClientConfig, type ClientConfig } from '@relais/ui/api';
import { demoUserFor, devTokenProvider } from '@relais/ui/auth/dev';
import { paneNaaTokenProvider } from './auth/naa-loader';
import { officeReady, type MailboxContext } from './office';
import { showStartupProblem } from './pane/startup-problem';
import { startPane } from './pane/start-pane';

/**
 * In Outlook: Entra tokens through nested app authentication. Against a local `npm start`
 * (sideloaded for development), the dev issuer signs for the demo user matching the mailbox.
 */
const tokenProviderFor =
  (config: ClientConfig) =>
  (mailbox: MailboxContext): TokenProvider =>
    config.auth === 'dev'
      ? devTokenProvider(window.location.origin, demoUserFor(mailbox.user.emailAddress))
      : paneNaaTokenProvider({
          clientId: config.clientId,
          scopes: config.scopes,
          ...(config.authority && { authority: config.authority }),
        });

const main = async () => {
  const container = document.getElementById('root')!;
  const [host, config] = await Promise.all([
    officeReady().catch(() => ({ host: null })),
    readClientConfig(window.location.origin),
  ]);
  if (host.host === null) return showStartupProblem(container, 'office');
  if (!config) return showStartupProblem(container, 'config');
  await startPane(container, tokenProviderFor(config));
};

void main();
