import type { previewChromeEn } from './preview-chrome.en';

export const previewChromeFr: typeof previewChromeEn = {
  harness: 'Banc d’essai de l’aperçu',
  title: 'Aperçu Outlook',
  pageTitle: 'Relais — aperçu Outlook',
  selectAnother: 'Sélectionner un autre élément (volet épinglé)\u00a0:',
  selectAnotherLabel: 'Sélectionner un autre élément',
  noItem: '(aucun élément sélectionné)',
  allSamples: 'Tous les exemples',
  pick: (name: string) => `Choisissez un élément\u00a0: le vrai volet s’ouvre dessus, avec l’API et les données de démonstration de ce serveur, en tant que ${name}.`,
  otherUsers: 'Autres utilisateurs\u00a0:',
  language: 'Langue\u00a0:',
};
