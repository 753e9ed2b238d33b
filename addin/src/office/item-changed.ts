import type { OfficeApi, OfficeMailbox } from './office-api';
import { officeApi } from './office-async';
import { callFailed, isOfficeError, type OfficeError } from './office-error';
import { readCurrentItem } from './read-item';
import type { OutlookItemSnapshot } from './outlook-item';

type Watcher = {
  onChange: (snapshot: OutlookItemSnapshot | null) => void;
  onError: (error: OfficeError) => void;
  /** Counts selections, so a slow read of an item the rep has already left is dropped. */
  latest: number;
};

// removeHandlerAsync drops every handler of an event type, so one Office handler per mailbox
// fans out to the watchers and is removed only when the last one leaves.
const watchersByMailbox = new WeakMap<OfficeMailbox, Set<Watcher>>();

const notify = (watchers: Set<Watcher>): void => {
  for (const watcher of watchers) {
    const selection = ++watcher.latest;
    readCurrentItem().then(
      (snapshot) => {
        if (watchers.has(watcher) && watcher.latest === selection) watcher.onChange(snapshot);
      },
      (error: unknown) => {
        if (!watchers.has(watcher) || watcher.latest !== selection) return;
        watcher.onError(
          isOfficeError(error) ? error : callFailed('the selected item', { message: String(error) }),
        );
      },
    );
  }
};

const register = (office: OfficeApi, watchers: Set<Watcher>): void => {
  const { mailbox } = office.context;
  mailbox.addHandlerAsync(
    office.EventType.ItemChanged,
    () => notify(watchers),
    (result) => {
      if (result.status !== office.AsyncResultStatus.Failed) return;
      watchersByMailbox.delete(mailbox);
      const error = callFailed('notice of the rep selecting another item', result.error);
      for (const watcher of watchers) watcher.onError(error);
    },
  );
};

/**
 * Follows the selected item while the pane is pinned: `onChange` gets the new item's snapshot,
 * or null when nothing is selected. Returns the unsubscribe.
 */
export const watchSelectedItem = (
  onChange: (snapshot: OutlookItemSnapshot | null) => void,
  onError: (error: OfficeError) => void = () => undefined,
): (() => void) => {
  const office = officeApi();
  const { mailbox } = office.context;
  const watcher: Watcher = { onChange, onError, latest: 0 };
  const existing = watchersByMailbox.get(mailbox);
  const subscribed = existing ?? new Set<Watcher>();
  subscribed.add(watcher);
  if (existing === undefined) {
    watchersByMailbox.set(mailbox, subscribed);
    register(office, subscribed);
  }
  return () => {
    subscribed.delete(watcher);
    if (subscribed.size > 0 || watchersByMailbox.get(mailbox) !== subscribed) return;
    watchersByMailbox.delete(mailbox);
    mailbox.removeHandlerAsync(office.EventType.ItemChanged);
  };
};
