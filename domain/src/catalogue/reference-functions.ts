/** The controlled list of functions marketing queries by; the job title stays as written. */
export type ReferenceFunction = { id: string; fr: string; en: string };

export const referenceFunctions: readonly ReferenceFunction[] = [
  { id: 'ceo', fr: 'Directeur général', en: 'Chief executive' },
  { id: 'chair', fr: 'Président', en: 'Chair' },
  { id: 'managing-director', fr: 'Gérant', en: 'Managing director' },
  { id: 'cfo', fr: 'Directeur administratif et financier', en: 'Chief financial officer' },
  { id: 'sales-director', fr: 'Directeur commercial', en: 'Sales director' },
  { id: 'marketing-director', fr: 'Directeur marketing', en: 'Marketing director' },
  { id: 'purchasing-director', fr: 'Directeur des achats', en: 'Purchasing director' },
  { id: 'buyer', fr: 'Acheteur', en: 'Buyer' },
  { id: 'cio', fr: 'Directeur des systèmes d’information', en: 'Chief information officer' },
  { id: 'hr-director', fr: 'Directeur des ressources humaines', en: 'HR director' },
  { id: 'technical-director', fr: 'Directeur technique', en: 'Technical director' },
  { id: 'production-manager', fr: 'Responsable de production', en: 'Production manager' },
  { id: 'logistics-manager', fr: 'Responsable logistique', en: 'Logistics manager' },
  { id: 'accountant', fr: 'Comptable', en: 'Accountant' },
  { id: 'legal-counsel', fr: 'Juriste', en: 'Legal counsel' },
  { id: 'executive-assistant', fr: 'Assistant de direction', en: 'Executive assistant' },
  { id: 'engineer', fr: 'Ingénieur', en: 'Engineer' },
  { id: 'other', fr: 'Autre', en: 'Other' },
];

export const isReferenceFunction = (id: string): boolean => referenceFunctions.some((f) => f.id === id);
