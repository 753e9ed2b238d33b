import { foldText } from './fold-text';

/**
 * Accent- and case-insensitive word tokens for prefix search, in order of appearance, without
 * repeats: "Électricité de France" → ["electricite", "de", "france"].
 */
export const searchTokens = (text: string): string[] => {
  const tokens = foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
  return [...new Set(tokens)];
};
