/** Case- and accent-insensitive text, so "societe generale" finds "Société Générale". */
export const foldText = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
