import type { OfficeAsyncError } from './office-api';

export type OfficeErrorCode = 'OFFICE.UNAVAILABLE' | 'OFFICE.CALL_FAILED' | 'OFFICE.NO_MAILBOX_ACCESS';

/** A failure of Office.js, with a stable code the pane translates and a plain English message. */
export class OfficeError extends Error {
  constructor(
    readonly code: OfficeErrorCode,
    message: string,
    /** What was being read, e.g. "the meeting's start time". */
    readonly call: string,
    readonly officeError?: OfficeAsyncError,
  ) {
    super(message);
    this.name = 'OfficeError';
  }
}

export const isOfficeError = (error: unknown): error is OfficeError => error instanceof OfficeError;

export const officeUnavailable = (): OfficeError =>
  new OfficeError(
    'OFFICE.UNAVAILABLE',
    'Office is not loaded: open this pane from Outlook, or use the preview harness at /addin/preview.',
    'Office.js',
  );

export const callFailed = (call: string, officeError?: OfficeAsyncError): OfficeError => {
  const reason = officeError?.message ? ` (${officeError.message})` : '';
  return new OfficeError(
    'OFFICE.CALL_FAILED',
    `Outlook could not give ${call}${reason}. Select the item again; if it keeps failing, close and reopen the pane.`,
    call,
    officeError,
  );
};

/** The item is in a shared or delegated mailbox Outlook no longer lets the rep read. */
export const noMailboxAccess = (officeError?: OfficeAsyncError): OfficeError =>
  new OfficeError(
    'OFFICE.NO_MAILBOX_ACCESS',
    `Outlook refused the shared mailbox of this item${officeError?.message ? ` (${officeError.message})` : ''}.`,
    "the shared mailbox's owner",
  );
