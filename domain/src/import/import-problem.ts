import type { Language } from '../model/common.schema';

/** Why a row, or one of its values, was not imported: the family the report counts by. */
export type ImportProblem =
  | 'name' | 'siren' | 'siret' | 'email' | 'phone' | 'website' | 'address' | 'date' | 'lifecycle' | 'person' | 'csv' | 'comment' | 'company';

/**
 * Each reason as a stable key (the i18n key clients word themselves) with its values; the report
 * words it in the caller's language too.
 */
export const IMPORT_PROBLEM_CODES = [
  'CSV_MALFORMED', 'CSV_QUOTE_UNCLOSED', 'CSV_LINE_TOO_LONG',
  'NAME_MISSING', 'NAME_INVALID', 'SIREN_INVALID', 'SIRET_INVALID', 'SIRET_NOT_OF_SIREN',
  'EMAIL_INVALID', 'EMAIL_DOMAIN_INVALID', 'PHONE_INVALID', 'WEBSITE_INVALID', 'ADDRESS_INVALID', 'PERSON_INVALID',
  'DATE_INVALID', 'LIFECYCLE_UNKNOWN',
  'CIVILITY_UNKNOWN', 'PERSON_NAME_MISSING', 'COMMENT_REFUSED', 'ADDRESS_UNPARSED', 'COUNTRY_UNKNOWN',
  'PERSONAL_EMAIL_DOMAIN', 'COMPANY_UNKNOWN', 'CONTACT_MISSING',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export type RowProblem = { problem: ImportProblem; code: ImportProblemCode; field: string; value?: string };
/** A problem as the report gives it: worded in the caller's language. */
export type ReportedProblem = RowProblem & { message: string };

const nbsp = '\u00a0';
const WORDING: Record<Language, Record<ImportProblemCode, string>> = {
  fr: {
    CSV_MALFORMED: 'Ligne CSV illisible',
    CSV_QUOTE_UNCLOSED: `Un guillemet ouvert sur cette ligne n’est pas refermé où il le faudrait${nbsp}; la lecture reprend à la ligne suivante`,
    CSV_LINE_TOO_LONG: 'Ligne trop longue (plus de 1 Mo), ignorée',
    NAME_MISSING: 'La raison sociale est vide',
    NAME_INVALID: 'Nom de l’organisation invalide (200 caractères au plus)',
    SIREN_INVALID: `SIREN invalide${nbsp}: 9 chiffres avec une clé de contrôle juste`,
    SIRET_INVALID: `SIRET invalide${nbsp}: 14 chiffres dont les 9 premiers forment un SIREN valide, avec une clé juste (règle propre à La Poste pour ses établissements)`,
    SIRET_NOT_OF_SIREN: 'Le SIRET ne commence pas par le SIREN',
    EMAIL_INVALID: 'Adresse e-mail invalide',
    EMAIL_DOMAIN_INVALID: 'Domaine de messagerie invalide',
    PHONE_INVALID: `Numéro de téléphone invalide (par exemple${nbsp}: +33 1 23 45 67 89)`,
    WEBSITE_INVALID: `Site web invalide (par exemple${nbsp}: https://exemple.fr)`,
    ADDRESS_INVALID: 'Adresse invalide',
    PERSON_INVALID: 'Contact invalide (nom, prénom ou fonction trop longs)',
    DATE_INVALID: `Date invalide${nbsp}: une date qui existe, comme 25/03/2024, 2024-03-25 ou 2024-03-25 10:12`,
    LIFECYCLE_UNKNOWN: `Statut inconnu${nbsp}; nommez-le dans la rubrique «${nbsp}lifecycle${nbsp}» du fichier de correspondance`,
    CIVILITY_UNKNOWN: 'Civilité inconnue, laissée de côté',
    PERSON_NAME_MISSING: `Le contact n’a pas de prénom ou pas de nom${nbsp}: aucune personne créée`,
    COMMENT_REFUSED: 'Commentaire contraire aux règles des notes (RGPD ou injure), non importé',
    ADDRESS_UNPARSED: 'Adresse sur une ligne non reconnue, gardée telle quelle',
    COUNTRY_UNKNOWN: 'Pays inconnu, laissé de côté',
    PERSONAL_EMAIL_DOMAIN: 'Domaine de messagerie personnel (Gmail, Orange…), non attribué à l’organisation',
    COMPANY_UNKNOWN: `Organisation introuvable dans le fichier des organisations${nbsp}: le contact est importé sans ce lien`,
    CONTACT_MISSING: `Ni contact ni organisation sur cette ligne${nbsp}: rien à importer`,
  },
  en: {
    CSV_MALFORMED: 'Malformed CSV line',
    CSV_QUOTE_UNCLOSED: 'A quote opened on this line is not closed where it should be; reading resumes on the next line',
    CSV_LINE_TOO_LONG: 'Line too long (over 1 MB), skipped',
    NAME_MISSING: 'The legal name is empty',
    NAME_INVALID: 'Invalid organisation name (200 characters at most)',
    SIREN_INVALID: 'Invalid SIREN: expected 9 digits with a valid check digit',
    SIRET_INVALID: 'Invalid SIRET: expected 14 digits whose first 9 are a valid SIREN, with a valid key (La Poste’s own rule for its establishments)',
    SIRET_NOT_OF_SIREN: 'The SIRET does not start with the SIREN',
    EMAIL_INVALID: 'Invalid e-mail address',
    EMAIL_DOMAIN_INVALID: 'Invalid e-mail domain',
    PHONE_INVALID: 'Invalid phone number (for example +33 1 23 45 67 89)',
    WEBSITE_INVALID: 'Invalid website (for example https://example.fr)',
    ADDRESS_INVALID: 'Invalid address',
    PERSON_INVALID: 'Invalid contact (name or job title too long)',
    DATE_INVALID: 'Invalid date: expected a real date like 25/03/2024, 2024-03-25 or 2024-03-25 10:12',
    LIFECYCLE_UNKNOWN: 'Unknown status; name it in the mapping file’s "lifecycle"',
    CIVILITY_UNKNOWN: 'Unknown civility, left out',
    PERSON_NAME_MISSING: 'The contact has no first or no last name: no person was created',
    COMMENT_REFUSED: 'The comment breaks the rules for notes (GDPR or insult); not imported',
    ADDRESS_UNPARSED: 'One-line address not recognised, kept as written',
    COUNTRY_UNKNOWN: 'Unknown country, left out',
    PERSONAL_EMAIL_DOMAIN: 'Personal e-mail domain (Gmail, Orange…), not given to the organisation',
    COMPANY_UNKNOWN: 'No such organisation in the organisations file: the contact is imported without this link',
    CONTACT_MISSING: 'Neither a contact nor an organisation on this line: nothing to import',
  },
};

export const describeImportProblem = (code: ImportProblemCode, lang: Language): string => WORDING[lang][code];

export const reportProblem = (problem: RowProblem, lang: Language): ReportedProblem => ({ ...problem, message: describeImportProblem(problem.code, lang) });
