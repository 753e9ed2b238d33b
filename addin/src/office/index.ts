/** The add-in's only door to Office.js: everything else works on plain snapshots. */
export type {
  AppointmentSnapshot,
  Direction,
  ItemAttachment,
  ItemSource,
  MessageSnapshot,
  OutlookItemSnapshot,
  Party,
} from './outlook-item';
export {
  allAddresses,
  inferDirection,
  isSmtpAddress,
  participantsOf,
  senderOf,
  sourceOf,
} from './outlook-item';
export type { MailboxContext, OfficeHost } from './mailbox-context';
export { officeReady, readMailboxContext } from './mailbox-context';
export { readCurrentItem } from './read-item';
export { watchSelectedItem } from './item-changed';
export { readSelectedItems, watchSelectedItems } from './selected-items';
export type { OfficeErrorCode } from './office-error';
export { OfficeError, isOfficeError } from './office-error';
export { BODY_EXCERPT_LENGTH } from './body-excerpt';
