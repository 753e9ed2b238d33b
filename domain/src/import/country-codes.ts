import { foldText } from '../matching/fold-text';

/**
 * Country names as French and English exports write them (HubSpot "Country/Region", Salesforce
 * "Billing Country", the end of a Pipedrive address), folded, with their ISO 3166 codes. The French
 * overseas departments share France's postcodes and post: they read as FR.
 */
const NAMES: Record<string, string> = {
  france: 'FR', 'republique francaise': 'FR', 'france metropolitaine': 'FR', reunion: 'FR', 'la reunion': 'FR', guadeloupe: 'FR',
  martinique: 'FR', guyane: 'FR', 'guyane francaise': 'FR', mayotte: 'FR', corse: 'FR',
  monaco: 'MC', belgique: 'BE', belgium: 'BE', belgie: 'BE', suisse: 'CH', switzerland: 'CH', schweiz: 'CH', svizzera: 'CH',
  luxembourg: 'LU', allemagne: 'DE', germany: 'DE', deutschland: 'DE', espagne: 'ES', spain: 'ES', espana: 'ES',
  italie: 'IT', italy: 'IT', italia: 'IT', 'royaume-uni': 'GB', 'royaume uni': 'GB', 'united kingdom': 'GB', uk: 'GB',
  angleterre: 'GB', england: 'GB', 'grande-bretagne': 'GB', 'pays-bas': 'NL', 'pays bas': 'NL', netherlands: 'NL',
  nederland: 'NL', portugal: 'PT', autriche: 'AT', austria: 'AT', irlande: 'IE', ireland: 'IE', andorre: 'AD', andorra: 'AD',
  'etats-unis': 'US', 'etats unis': 'US', 'united states': 'US', 'united states of america': 'US', usa: 'US', canada: 'CA',
  maroc: 'MA', morocco: 'MA', algerie: 'DZ', algeria: 'DZ', tunisie: 'TN', tunisia: 'TN', senegal: 'SN',
  "cote d'ivoire": 'CI', 'ivory coast': 'CI', pologne: 'PL', poland: 'PL', suede: 'SE', sweden: 'SE', danemark: 'DK', denmark: 'DK',
  norvege: 'NO', norway: 'NO', chine: 'CN', china: 'CN', japon: 'JP', japan: 'JP',
};

const CODES = new Set(Object.values(NAMES));

/** The ISO code of a country as written ("France", "FR", "Belgique", "Royaume-Uni"…), or undefined when it is not one known. */
export const countryCode = (text: string): string | undefined => {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && CODES.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return NAMES[foldText(trimmed).replace(/\s+/g, ' ').replace(/\.$/, '')];
};
