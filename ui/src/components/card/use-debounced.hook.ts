import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `ms`: a search asks the API when the typing pauses. */
export const useDebounced = (value: string, ms: number): string => {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
};
