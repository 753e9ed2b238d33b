import { useEffect, useRef, useState } from 'react';
import { readSelectedItems, watchSelectedItems, type MessageSnapshot } from '../office';

/**
 * The messages selected together in Outlook, following the rep's selection; [] where Outlook has
 * no multi-select or could not say (the pane then works on the one item in the reading pane).
 */
export const useSelectedItems = (): MessageSnapshot[] => {
  const [selected, setSelected] = useState<MessageSnapshot[]>([]);
  // A read answered after a newer selection is stale: only the latest one counts.
  const generation = useRef(0);

  useEffect(() => {
    const read = () => {
      const mine = (generation.current += 1);
      readSelectedItems().then(
        (messages) => mine === generation.current && setSelected(messages),
        () => mine === generation.current && setSelected([]),
      );
    };
    read();
    try {
      return watchSelectedItems(read, () => setSelected([]));
    } catch {
      return undefined;
    }
  }, []);

  return selected;
};
