/** Function words that carry no identity in a French name ("Banque de France" ~ "Banque France"). */
export const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set([
  'de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'et', 'en', 'a', 'au', 'aux', 'pour', 'sur', 'par',
  'un', 'une', 'the', 'of', 'and',
]);

/**
 * Words that say an organisation is an organisation ("Société", "Groupe", "Ets") or family-run
 * ("& Fils"): people add or drop them freely, so they do not distinguish two names.
 */
export const GENERIC_ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'societe', 'groupe', 'group', 'compagnie', 'etablissements', 'etablissement', 'entreprise',
  'entreprises', 'fils', 'freres', 'associes',
]);

/** Conventional French contractions, expanded so that "Cie" and "Compagnie" are one word. */
export const FRENCH_CONTRACTIONS: Readonly<Record<string, string>> = {
  cie: 'compagnie',
  ets: 'etablissements',
  etabts: 'etablissements',
  etabl: 'etablissements',
  st: 'saint',
  ste: 'sainte',
  stes: 'saintes',
  sts: 'saints',
  intl: 'international',
  assoc: 'association',
  asso: 'association',
  ent: 'entreprise',
  grpe: 'groupe',
};
