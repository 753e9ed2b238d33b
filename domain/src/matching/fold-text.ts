/**
 * Case- and accent-insensitive form of a text. Ligatures are spelled out because French writes
 * "Œuvre" and "Oeuvre" interchangeably; typographic apostrophes become plain ones.
 */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase();
