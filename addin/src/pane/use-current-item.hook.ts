import { useCallback, useEffect, useRef, useState } from 'react';
import { OfficeError, readCurrentItem, watchSelectedItem, type OutlookItemSnapshot } from '../office';

export type CurrentItem =
  | { status: 'reading' }
  | { status: 'ready'; item: OutlookItemSnapshot | null }
  | { status: 'failed'; error: OfficeError };

const asOfficeError = (error: unknown): OfficeError =>
  error instanceof OfficeError
    ? error
    : new OfficeError('OFFICE.CALL_FAILED', String(error), 'the selected item');

/** The selected item, following the rep from item to item while the pane is pinned. */
export const useCurrentItem = (): { current: CurrentItem; reread: () => void } => {
  const [current, setCurrent] = useState<CurrentItem>({ status: 'reading' });
  // A read answered after a newer selection is stale: only the latest one counts.
  const generation = useRef(0);

  const read = useCallback(() => {
    const mine = (generation.current += 1);
    readCurrentItem().then(
      (item) => mine === generation.current && setCurrent({ status: 'ready', item }),
      (error: unknown) =>
        mine === generation.current && setCurrent({ status: 'failed', error: asOfficeError(error) }),
    );
  }, []);

  useEffect(() => {
    read();
    try {
      return watchSelectedItem(
        (item) => {
          generation.current += 1;
          setCurrent({ status: 'ready', item });
        },
        (error) => setCurrent({ status: 'failed', error }),
      );
    } catch (error) {
      setCurrent({ status: 'failed', error: asOfficeError(error) });
      return undefined;
    }
  }, [read]);

  return { current, reread: read };
};

/** Identity of an item: a new one resets the pane, the same one keeps what the rep typed. */
export const itemKey = (item: OutlookItemSnapshot): string => {
  const id = item.itemType === 'message' ? item.internetMessageId : item.iCalUId;
  return `${item.itemType}:${id || item.itemId || item.subject}`;
};
