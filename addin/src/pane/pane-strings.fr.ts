import type { paneEn } from './pane-strings.en';

/** Les chaînes propres au volet Outlook (espace `page`). */
export const paneFr: typeof paneEn = {
  title: 'Enregistrer dans le CRM',
  noItem: {
    title: 'Aucun élément sélectionné',
    body: 'Sélectionnez un e-mail ou une réunion dans Outlook pour l’enregistrer dans Relais.',
  },
  office: {
    unavailable:
      'Outlook n’est pas disponible ici. Ouvrez ce volet depuis Outlook, ou essayez-le dans l’aperçu /addin/preview.',
    failed:
      'Outlook n’a pas pu donner le détail de cet élément. Sélectionnez-le à nouveau ; si cela persiste, fermez et rouvrez le volet.',
    noMailboxAccess:
      'Vous n’avez plus accès à la boîte partagée où se trouve cet élément, il ne peut donc pas être enregistré d’ici. Demandez à son propriétaire de la partager de nouveau, ou enregistrez-le depuis votre propre boîte.',
  },
  item: {
    message: 'E-mail',
    appointment: 'Réunion',
    noSubject: '(sans objet)',
    roles: {
      from: 'De',
      to: 'À',
      cc: 'Cc',
      organizer: 'Organisateur',
      required: 'Participant',
      optional: 'Participant facultatif',
    },
    noSource:
      'Cette réunion n’est pas encore enregistrée : enregistrez-la d’abord pour qu’elle ne puisse pas être consignée deux fois.',
    meetingIdFallback:
      'Relais n’a pas pu demander à Microsoft 365 de quelle réunion il s’agit : il la connaît par votre seul calendrier. Si un collègue l’enregistre depuis le sien, ce sera une seconde interaction.',
  },
  loading: {
    item: 'Lecture de l’élément…',
    lookup: 'Recherche de ces personnes dans Relais…',
    slow: 'Relais tarde à répondre ; nouvel essai en cours…',
  },
  checkFailed:
    'Relais n’a pas pu dire si cet élément est déjà enregistré. Vous pouvez quand même l’enregistrer : il ne le sera pas deux fois.',
  participants: {
    title: 'Participants',
    colleagues_one: '{{count}} collègue de votre entreprise est laissé de côté : {{names}}.',
    colleagues_other: '{{count}} collègues de votre entreprise sont laissés de côté : {{names}}.',
    invalid_one: '{{count}} entrée n’est pas une adresse e-mail et est laissée de côté : {{names}}.',
    invalid_other: '{{count}} entrées ne sont pas des adresses e-mail et sont laissées de côté : {{names}}.',
    showMore: 'Afficher {{count}} de plus',
    createContact: 'Créer le contact',
    addAsContact: 'Ajouter comme contact',
    noExternal:
      'Personne d’extérieur à votre entreprise sur cet élément. Recherchez le tiers auquel le rattacher.',
  },
  selection: {
    count_one: '{{count}} tiers sera rattaché : {{names}}.',
    count_other: '{{count}} tiers seront rattachés : {{names}}.',
    none: 'Aucun tiers n’est coché.',
    undecided_one:
      '{{count}} adresse correspond à plusieurs tiers et n’est pas rattachée tant que vous n’avez pas choisi.',
    undecided_other:
      '{{count}} adresses correspondent à plusieurs tiers et ne sont pas rattachées tant que vous n’avez pas choisi.',
  },
  details: 'Détails',
  log: {
    button: 'Enregistrer dans le CRM',
    logging: 'Enregistrement…',
    nothingSelected: 'Cochez au moins un tiers auquel rattacher cet échange.',
    tooMany: 'Une interaction est rattachée à 100 tiers au plus : décochez-en {{count}}.',
  },
  logged: {
    justLogged: 'Enregistré dans Relais.',
    alreadyLogged: 'Cet élément est déjà enregistré dans Relais.',
    notTwice: 'Cet élément était déjà enregistré ; il ne l’a pas été une seconde fois.',
    by: 'Enregistré par {{name}}, {{date}}.',
    against: 'Rattaché à',
    followUps_one: '{{count}} suite à donner',
    followUps_other: '{{count}} suites à donner',
    changeRequests_one: '{{count}} modification du référentiel demandée',
    changeRequests_other: '{{count}} modifications du référentiel demandées',
    addTitle: 'Compléter cette interaction',
    addTiers: 'Tiers de cet élément pas encore rattachés',
    addButton: 'Ajouter',
    adding: 'Ajout…',
    added: 'Ajouté à l’interaction.',
    nothingToAdd: 'Cochez un tiers ou ajoutez une suite d’abord.',
  },
  several: {
    title_one: '{{count}} e-mail sélectionné',
    title_other: '{{count}} e-mails sélectionnés',
    tiers: 'Tiers auxquels rattacher chaque e-mail sélectionné',
    button_one: 'Enregistrer {{count}} e-mail',
    button_other: 'Enregistrer {{count}} e-mails',
    created_one: '{{count}} e-mail enregistré dans Relais.',
    created_other: '{{count}} e-mails enregistrés dans Relais.',
    existing_one: '{{count}} était déjà enregistré et ne l’a pas été une seconde fois :',
    existing_other: '{{count}} étaient déjà enregistrés et ne l’ont pas été une seconde fois :',
    skipped_one: '{{count}} n’a pas d’identifiant de message dans Outlook et a été laissé de côté (ouvrez-le pour l’enregistrer seul) :',
    skipped_other: '{{count}} n’ont pas d’identifiant de message dans Outlook et ont été laissés de côté (ouvrez-les un par un pour les enregistrer) :',
    failed_one: '{{count}} e-mail n’a pas pu être enregistré.',
    failed_other: '{{count}} e-mails n’ont pas pu être enregistrés.',
    noId: 'Outlook ne donne pas l’identifiant de message de certains de ces e-mails. Ils seront laissés de côté, car un second enregistrement ne pourrait pas être reconnu.',
  },
  errors: {
    signIn: 'La connexion à Relais a échoué : {{message}}',
    config:
      'Le volet n’a pas pu charger sa configuration depuis Relais. Vérifiez votre connexion et rouvrez le volet.',
  },
};
