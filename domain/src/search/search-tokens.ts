/** Lower-case, accent-free words: "Électricité de France" → ["electricite", "de", "france"]. */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase();

export const searchTokens = (text: string): string[] =>
  foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
