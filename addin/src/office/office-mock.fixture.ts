import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeApp } from 'office-addin-manifest';
import type { OfficeAsyncResult, OfficeItemChangedHandler } from './office-api';

// office-addin-mock only needs the OfficeApp enum of office-addin-manifest, whose dependency
// chain reaches an ESM-only package CommonJS jest cannot load: stand in for that one enum.
jest.mock('office-addin-manifest', () => ({ OfficeApp: { Outlook: 'outlook' } }));

/** Test support: Office.js as `office-addin-mock` models it, installed as the global `Office`. */
type Data = Record<string, unknown>;

export const succeeded = <T>(value: T): OfficeAsyncResult<T> => ({ status: 'succeeded', value });

export const failed = (message: string): OfficeAsyncResult<never> => ({
  status: 'failed',
  error: { code: 9002, name: 'InternalError', message },
});

/** A compose/organizer-mode property. */
export const asyncValue = <T>(value: T): Data => ({
  getAsync: (callback: (result: OfficeAsyncResult<T>) => void) => callback(succeeded(value)),
});

export const asyncFailure = (message: string): Data => ({
  getAsync: (callback: (result: OfficeAsyncResult<never>) => void) => callback(failed(message)),
});

export const textBody = (text: string): Data => ({
  getAsync: (coercionType: string, callback: (result: OfficeAsyncResult<string>) => void) =>
    callback(coercionType === 'text' ? succeeded(text) : failed(`unexpected coercion ${coercionType}`)),
});

export const party = (emailAddress: string, displayName = ''): Data => ({ emailAddress, displayName });

const OUTLOOK = 'outlook' as OfficeApp;

export type MockOffice = {
  mock: OfficeMockObject;
  /** Makes `item` the selected item (null: none) and fires ItemChanged like Outlook does. */
  select(item: Data | null): void;
  handlerCount(): number;
};

export const installMockOffice = (options: {
  item: Data | null;
  displayLanguage?: string;
  failHandler?: boolean;
  /** Outlook's EWS → REST id conversion (requirement set 1.3), as `convertToRestId` would answer. */
  restIdOf?: (itemId: string, restVersion: string) => string;
}): MockOffice => {
  const handlers: OfficeItemChangedHandler[] = [];
  const mock = new OfficeMockObject({
    host: 'outlook',
    onReady: async () => ({ host: 'Outlook', platform: 'PC' }),
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    CoercionType: { Text: 'text' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    MailboxEnums: {
      ItemType: { Message: 'message', Appointment: 'appointment' },
      ...(options.restIdOf && { RestVersion: { v2_0: 'v2.0' } }),
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'fr-FR',
      mailbox: {
        ...(options.restIdOf && { convertToRestId: options.restIdOf }),
        ...(options.item && { item: options.item }),
        userProfile: { emailAddress: 'Claire.Martin@relais.example', displayName: 'Claire Martin' },
        addHandlerAsync: (
          eventType: string,
          handler: OfficeItemChangedHandler,
          callback?: (result: OfficeAsyncResult<void>) => void,
        ) => {
          if (options.failHandler) return callback?.(failed('handler refused'));
          if (eventType === 'olkItemSelectedChanged') handlers.push(handler);
          callback?.(succeeded(undefined));
        },
        removeHandlerAsync: (eventType: string) => {
          if (eventType === 'olkItemSelectedChanged') handlers.splice(0);
        },
      },
    },
  });
  // office-addin-mock cannot populate null; Outlook's "no item selected" is a null item.
  if (options.item === null) mock.context.mailbox.item = null;
  (globalThis as { Office?: unknown }).Office = mock;
  return {
    mock,
    select: (item) => {
      mock.context.mailbox.item = item && new OfficeMockObject(item, OUTLOOK);
      for (const handler of [...handlers]) handler({ type: 'olkItemSelectedChanged' });
    },
    handlerCount: () => handlers.length,
  };
};

export const uninstallOffice = (): void => {
  delete (globalThis as { Office?: unknown }).Office;
};
