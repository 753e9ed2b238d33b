import type { suggestionsEn } from './suggestions.en';

/** Chaînes de la liste «\u00a0À classer\u00a0» (suggestions de saisie). Mêmes clés que suggestions.en.ts. */
export const suggestionsFr: typeof suggestionsEn = {
  toFile: {
    title: 'À classer',
    intro: 'Les e-mails et réunions avec des clients connus. Rien n’est classé sans votre choix.',
    loading: 'Recherche des e-mails et réunions à classer…',
    none: 'Rien à classer\u202f: aucun e-mail ni aucune réunion récente avec un client connu n’attend.',
    noSubject: '(sans objet)',
    inbound: 'reçu',
    outbound: 'envoyé',
    with: 'Avec {{names}}',
    file: 'Classer',
    fileLabel: 'Classer «\u00a0{{subject}}\u00a0»',
    open: 'Revoir d’abord',
    dismiss: 'Écarter',
    dismissLabel: 'Écarter «\u00a0{{subject}}\u00a0»',
    never: 'Jamais pour cet expéditeur',
    neverLabel: 'Ne plus jamais suggérer {{sender}}',
    filed: '«\u00a0{{subject}}\u00a0» est classé.',
    filedAlready: '«\u00a0{{subject}}\u00a0» était déjà classé\u202f; rien n’a été ajouté.',
    dismissed: '«\u00a0{{subject}}\u00a0» est écarté.',
    neverDone: '{{sender}} ne sera plus suggéré.',
    loadMore: 'Afficher plus',
    badge_one: '{{count}} à classer',
    badge_other: '{{count}} à classer',
  },
};
