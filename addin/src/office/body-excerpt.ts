export const BODY_EXCERPT_LENGTH = 500;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Lines trimmed, inner spaces collapsed, runs of blank lines reduced to one. */
const tidy = (text: string): string =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/**
 * The first `maxLength` user-perceived characters of a plain-text body (never splitting an emoji),
 * cut at a word boundary when one is near, with an ellipsis when something was left out.
 */
export const bodyExcerpt = (text: string, maxLength = BODY_EXCERPT_LENGTH): string => {
  const tidied = tidy(text);
  const kept: string[] = [];
  let truncated = false;
  for (const { segment } of graphemes.segment(tidied)) {
    if (kept.length === maxLength) {
      truncated = true;
      break;
    }
    kept.push(segment);
  }
  if (!truncated) return tidied;
  const head = kept.slice(0, maxLength - 1);
  const lastSpace = head.findLastIndex((segment) => /\s/.test(segment));
  const cut = lastSpace >= head.length * 0.8 ? head.slice(0, lastSpace) : head;
  return `${cut.join('').trimEnd()}…`;
};
