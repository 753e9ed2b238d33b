/** The few talisman modules the matcher uses; the package ships no type declarations. */
declare module 'talisman/metrics/damerau-levenshtein' {
  const damerauLevenshtein: (a: string, b: string) => number;
  export default damerauLevenshtein;
}

declare module 'talisman/phonetics/french/phonetic' {
  const phonetic: (word: string) => string;
  export default phonetic;
}
