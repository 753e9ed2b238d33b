import { officeApi } from './office-async';
import type { Party } from './outlook-item';
import { toParty } from './party';

export type OfficeHost = { host: string | null; platform: string | null };

export type MailboxContext = {
  /** The mailbox user; empty strings when Outlook does not say. */
  user: Party;
  /** Outlook's display language (`fr-FR`, `en-US`), '' when unknown. */
  displayLanguage: string;
};

/** Resolves once Office.js is initialised; `host` is null outside Office (office.js in a plain tab). */
export const officeReady = async (): Promise<OfficeHost> => {
  const { host, platform } = await officeApi().onReady();
  return { host: host ?? null, platform: platform ?? null };
};

export const readMailboxContext = (): MailboxContext => {
  const { context } = officeApi();
  const user = toParty(context.mailbox.userProfile) ?? { emailAddress: '', displayName: '' };
  const displayLanguage = typeof context.displayLanguage === 'string' ? context.displayLanguage : '';
  return { user, displayLanguage };
};
