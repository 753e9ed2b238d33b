import { foldText } from '../matching/fold-text';

const words = (text: string): string[] => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Whether every word of `q` starts a word of a name, accents and case aside ("jean ma" finds Jean-Marc Martin). */
export const nameQuery = (q: string) => {
  const wanted = words(q);
  return (name: string): boolean => {
    const have = words(name);
    return wanted.every((w) => have.some((h) => h.startsWith(w)));
  };
};
