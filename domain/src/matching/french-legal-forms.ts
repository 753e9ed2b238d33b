/**
 * French (and a few neighbouring) legal forms, as folded tokens. A legal form says how a company
 * is incorporated, not which company it is: "Garage Blanc SA" and "Garage Blanc SARL" are the same
 * name, and companies change form over their life.
 */
export const LEGAL_FORM_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'sa', 'sas', 'sasu', 'sarl', 'sarlu', 'eurl', 'sci', 'snc', 'gie', 'scop', 'scic', 'scp', 'scm', 'sca', 'scs',
  'selarl', 'selas', 'selasu', 'selafa', 'selca', 'selurl', 'sem', 'saem', 'semop', 'spl', 'eirl', 'gaec', 'earl', 'scea', 'sccv',
  'sprl', 'srl', 'gmbh', 'ltd', 'llc', 'inc', 'plc', 'bv', 'nv',
]);

/**
 * Forms only ever written after the name: as a first word they are more often a name ("SE Ingénierie",
 * "Epic Games", "AG Transports") than a form, so they are not cut there.
 */
export const TRAILING_LEGAL_FORMS: ReadonlySet<string> = new Set(['se', 'epic', 'gip', 'ag', 'spa', 'sapa']);

/** Spelled-out forms, longest first so "… simplifiée unipersonnelle" wins over "… simplifiée". */
export const SPELLED_LEGAL_FORMS: readonly (readonly string[])[] = [
  'etablissement public a caractere industriel et commercial',
  'societe anonyme a directoire et conseil de surveillance',
  'societe d exercice liberal par actions simplifiee',
  'etablissement public industriel et commercial',
  'societe d exercice liberal a responsabilite limitee',
  'societe anonyme a conseil d administration',
  'societe cooperative ouvriere de production',
  'societe cooperative et participative',
  'societe cooperative d interet collectif',
  'entreprise unipersonnelle a responsabilite limitee',
  'societe par actions simplifiee unipersonnelle',
  'etablissement public a caractere administratif',
  'societe civile d exploitation agricole',
  'societe anonyme d economie mixte',
  'societe par actions simplifiee',
  'societe a responsabilite limitee',
  'societe en commandite par actions',
  'societe d economie mixte locale',
  'groupement d interet economique',
  'groupement d interet public',
  'societe en commandite simple',
  'societe civile professionnelle',
  'societe cooperative agricole',
  'societe civile immobiliere',
  'societe d economie mixte',
  'societe civile de moyens',
  'societe publique locale',
  'societe anonyme a directoire',
  'etablissement public administratif',
  'societe en nom collectif',
  'entreprise individuelle',
  'societe europeenne',
  'societe anonyme',
  'association loi 1901',
  'loi 1901',
].map((form) => form.split(' '));
