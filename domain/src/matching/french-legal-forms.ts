/**
 * French (and a few neighbouring) legal forms, as folded tokens. A legal form says how a company
 * is incorporated, not which company it is: "Garage Blanc SA" and "Garage Blanc SARL" are the same
 * name, and companies change form over their life.
 */
export const LEGAL_FORM_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'sa', 'sas', 'sasu', 'sarl', 'sarlu', 'eurl', 'sci', 'snc', 'gie', 'scop', 'scic', 'scp', 'scm', 'sca', 'scs',
  'selarl', 'selas', 'selasu', 'selafa', 'selca', 'sem', 'saem', 'spl', 'eirl', 'gaec', 'earl', 'sprl', 'srl',
  'gmbh', 'ltd', 'llc', 'inc', 'plc', 'bv', 'nv',
]);

/** Spelled-out forms, longest first so "… simplifiée unipersonnelle" wins over "… simplifiée". */
export const SPELLED_LEGAL_FORMS: readonly (readonly string[])[] = [
  'societe d exercice liberal a responsabilite limitee',
  'societe cooperative ouvriere de production',
  'societe cooperative et participative',
  'societe cooperative d interet collectif',
  'entreprise unipersonnelle a responsabilite limitee',
  'societe par actions simplifiee unipersonnelle',
  'societe par actions simplifiee',
  'societe a responsabilite limitee',
  'societe en commandite par actions',
  'societe en commandite simple',
  'societe civile professionnelle',
  'societe civile immobiliere',
  'societe d economie mixte',
  'groupement d interet economique',
  'societe en nom collectif',
  'entreprise individuelle',
  'societe anonyme',
  'association loi 1901',
  'loi 1901',
].map((form) => form.split(' '));
