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
  'entreprises', 'fils', 'freres', 'frere', 'associes', 'associe',
]);

/** Of those, the family ones never give an acronym its letter ("Dupont Frères" is not "DF"). */
export const FAMILY_WORDS: ReadonlySet<string> = new Set(['fils', 'freres', 'frere', 'associes', 'associe']);

/**
 * Qualifiers a legal name carries and its usual name drops ("Compagnie *générale* des établissements
 * Michelin", "Hermès *International*"): they stay in the name, with little weight, whatever the base.
 */
export const QUALIFYING_WORDS: ReadonlySet<string> = new Set([
  'generale', 'nationale', 'international', 'internationale', 'holding', 'participations', 'industrie', 'industries', 'industrielle',
]);

/**
 * Countries and regions in a name weigh more: "JCDecaux France" is the group's French subsidiary,
 * another company than "JCDecaux".
 */
export const TERRITORY_WORDS: ReadonlySet<string> = new Set(['france', 'francaise', 'francais', 'europe', 'europeenne', 'europeen']);

/**
 * Words a brand fuses into its name ("TotalEnergies", "BOUYGUESTELECOM"): a word ending with one of
 * them, with at least four letters before it, is read as two words.
 */
export const FUSED_WORDS: readonly string[] = ['energies', 'energie', 'telecom', 'groupe', 'group', 'holding', 'invest', 'services', 'systemes', 'industries'];

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
