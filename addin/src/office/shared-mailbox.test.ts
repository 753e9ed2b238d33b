import {
  failed,
  installMockOffice,
  party,
  succeeded,
  textBody,
  uninstallOffice,
} from './office-mock.fixture';
import type { OfficeAsyncResult } from './office-api';
import { readCurrentItem } from './read-item';

afterEach(uninstallOffice);

const message = (shared?: OfficeAsyncResult<{ owner: string }>) => ({
  itemType: 'message',
  subject: 'Commande',
  internetMessageId: '<c1@acme.example>',
  from: party('jean@acme.example', 'Jean'),
  to: [],
  cc: [],
  body: textBody(''),
  ...(shared && {
    getSharedPropertiesAsync: (callback: (result: OfficeAsyncResult<{ owner: string }>) => void) =>
      callback(shared),
  }),
});

describe('readCurrentItem in a shared or delegated mailbox', () => {
  it('gives the owner of the shared mailbox', async () => {
    installMockOffice({ item: message(succeeded({ owner: 'Commercial@Acme.example' })) });
    expect(await readCurrentItem()).toMatchObject({
      mailbox: { owner: 'commercial@acme.example', shared: true },
    });
  });

  it('leaves it out in the rep’s own mailbox, with or without shared properties', async () => {
    installMockOffice({ item: message() });
    expect(await readCurrentItem()).not.toHaveProperty('mailbox');
    uninstallOffice();
    installMockOffice({ item: message(succeeded({ owner: 'claire.martin@relais.example' })) });
    expect(await readCurrentItem()).not.toHaveProperty('mailbox');
  });

  it('rejects with OFFICE.NO_MAILBOX_ACCESS when Outlook refuses the shared properties', async () => {
    installMockOffice({ item: message(failed('access denied')) });
    await expect(readCurrentItem()).rejects.toMatchObject({ code: 'OFFICE.NO_MAILBOX_ACCESS' });
  });
});
