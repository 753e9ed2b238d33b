import type { OfficeApi, OfficeMailbox } from './office-api';
import { officeApi } from './office-async';
import { callFailed, type OfficeError } from './office-error';
import { readCurrentItem } from './read-item';
import type { OutlookItemSnapshot } from './outlook-item';

type Watcher = {
  onChange: (snapshot: OutlookItemSnapshot | null) => void;
  onError: (error: OfficeError) => void;
  /** Counts selections, so a slow read of an item the rep has already left is dropped. */
  latest: number;
};

// Office keeps one ItemChanged handler per mailbox: register it once, fan out to the watchers.
const watchersByMailbox = new WeakMap<OfficeMailbox, Set<Watcher>>();

const notify = (watchers: Set<Watcher>): void => {
  for (const watcher of watchers) {
    const selection = ++watcher.latest;
    readCurrentItem().then(
      (snapshot) => {
        if (watchers.has(watcher) && watcher.latest === selection) watcher.onChange(snapshot);
      },
      (error: OfficeError) => {
        if (watchers.has(watcher) && watcher.latest === selection) watcher.onError(error);
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
