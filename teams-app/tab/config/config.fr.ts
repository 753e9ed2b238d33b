import type { configEn } from './config.en';

export const configFr: typeof configEn = {
  config: {
    title: 'Afficher une fiche client dans ce canal',
    intro:
      "Cherchez l'organisation dont parle ce canal. L'onglet affichera sa fiche : identité, contacts, relations, historique, tâches ouvertes et informations à vérifier.",
    current: 'Cet onglet affiche actuellement {{name}}.',
    currentUnknown:
      "Cet onglet affiche une fiche qui n'existe plus ou qui ne vous est pas visible. Choisissez une autre organisation.",
    search: "Rechercher l'organisation",
    searchHint: "Un nom, un SIREN ou un SIRET, un numéro de téléphone, ou l'adresse e-mail d'un contact.",
    searching: 'Recherche…',
    typeMore: 'Saisissez au moins deux caractères.',
    none: 'Aucune organisation ne correspond à « {{q}} ».',
    results: 'Organisations trouvées',
    keyEvidence: {
      'same-siren': 'même SIREN {{detail}}',
      'same-siret': 'même SIRET {{detail}}',
      'same-phone': 'même téléphone {{detail}}',
    },
    chosen: "L'onglet affichera {{name}}.",
    tabName: "Nom de l'onglet",
    contentUrl: "Adresse de l'onglet",
    saveInTeams: "Sélectionnez Enregistrer pour ajouter l'onglet.",
    standalone: "Vous êtes hors de Teams : rien n'est enregistré. Voici ce que Teams enregistrerait.",
    open: 'Ouvrir cette fiche',
    saveFailed: "Choisissez d'abord une organisation.",
  },
};
