import { gotoBuiltPage, startPaneSession, type PaneSession } from './pane-session';

jest.setTimeout(150_000);

let session: PaneSession;
beforeAll(async () => (session = await startPaneSession()));
afterAll(() => session?.stop());

type FakeParty = { emailAddress: string; displayName: string };

/**
 * Outlook's office.js as the production page meets it, reduced to a read-mode message: the CDN
 * script is blocked (no internet here) and this stands in for it before the page's own code runs.
 */
const fakeOutlook = ({ from, to, user }: { from: FakeParty; to: FakeParty[]; user: FakeParty }) => {
  const done = <T>(value: T) => ({ status: 'succeeded', value });
  (window as unknown as { Office: unknown }).Office = {
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    CoercionType: { Text: 'text' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    MailboxEnums: { ItemType: { Message: 'message', Appointment: 'appointment' } },
    context: {
      displayLanguage: 'fr-FR',
      mailbox: {
        userProfile: user,
        item: {
          itemType: 'message',
          itemId: 'AAMkTaskpane',
          subject: 'Tarifs 2027',
          internetMessageId: `<taskpane-${Date.now()}@brasserie-lemaire.fr>`,
          conversationId: 'conv',
          dateTimeCreated: new Date('2026-11-24T09:00:00+01:00'),
          from,
          to,
          cc: [],
          attachments: [],
          body: {
            getAsync: (_type: string, callback: (result: unknown) => void) =>
              setTimeout(() => callback(done('Bonjour')), 0),
          },
        },
        addHandlerAsync: (_type: string, _handler: unknown, callback?: (result: unknown) => void) =>
          setTimeout(() => callback?.(done(undefined)), 0),
        removeHandlerAsync: (_type: string, callback?: (result: unknown) => void) =>
          setTimeout(() => callback?.(done(undefined)), 0),
      },
    },
  };
};

it('serves the production pane at /addin/taskpane and /addin/taskpane.html', async () => {
  for (const path of ['/addin/taskpane', '/addin/taskpane.html']) {
    const response = await session.api.call('GET', path);
    expect(response.status).toBe(200);
    expect(response.text).toContain('appsforoffice.microsoft.com/lib/1/hosted/office.js');
  }
  expect((await session.api.call('GET', '/api/client-config')).body).toEqual({ auth: 'dev' });
});

it('runs in Outlook (office.js played by a fake) with the sign-in the API configures, in Outlook’s language', async () => {
  const page = await session.open(null);
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
  await page.addInitScript(fakeOutlook, {
    from: { emailAddress: 'anne.lemaire@brasserie-lemaire.fr', displayName: 'Anne Lemaire' },
    to: [{ emailAddress: 'claire.martin@relais-demo.fr', displayName: 'Claire Martin' }],
    user: { emailAddress: 'claire.martin@relais-demo.fr', displayName: 'Claire Martin' },
  });
  await gotoBuiltPage(page, `${session.api.base}/addin/taskpane.html`);
  await page.getByRole('button', { name: 'Enregistrer dans le CRM' }).click({ timeout: 45_000 });
  await page.getByText('Enregistré dans Relais.').waitFor();
});

it('says in words that it must be opened from Outlook when office.js is missing', async () => {
  const page = await session.open(null);
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
  await gotoBuiltPage(page, `${session.api.base}/addin/taskpane`);
  await page
    .getByRole('alert')
    .filter({ hasText: /Open this pane from Outlook|Ouvrez ce volet depuis Outlook/ })
    .waitFor({ timeout: 45_000 });
});
