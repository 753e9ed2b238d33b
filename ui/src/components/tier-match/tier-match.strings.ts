import type { ComponentStrings } from '../shared/component-strings';

const en = {
  /** The lookup's own codes are in `common:evidence`. */
  evidence: {
    created: 'created just now',
    chosen: 'chosen by you',
    added: 'added by you',
  },
  notInRelais: 'Not in Relais yet.',
  whichOne: 'Several tiers match this address. Which one is it?',
  noneOfThese: 'None of these',
  undecided: 'Choose one, or “None of these”: nothing is picked for you.',
  worksFor: 'works for {{names}}',
  newContact: {
    title: 'New contact',
    civility: 'Civility',
    civilityHint: 'First names such as Dominique or Valéry can be anyone’s.',
    mme: 'Madame',
    m: 'Monsieur',
    firstName: 'First name',
    lastName: 'Last name',
    organisation: 'Organisation',
    existing: '{{name}} (e-mail domain {{domain}})',
    newOrganisation: 'A new organisation',
    organisationName: 'Name of the new organisation',
    attachDomain: 'Its e-mail domain is {{domain}}',
    noOrganisation: 'No organisation (private address)',
    create: 'Create the contact',
    creating: 'Creating…',
    required: 'Required.',
    civilityRequired: 'Choose Madame or Monsieur.',
  },
  duplicates: {
    title: 'This may already be in Relais',
    intro:
      'Relais found records that look like “{{name}}”. Use one of them, or create a new one if it is really someone else.',
    score: '{{percent}} % alike',
    use: 'Use this one',
    createAnyway: 'It is a different one: create it',
    loading: 'Loading the candidates…',
  },
};

const fr: typeof en = {
  evidence: {
    created: 'créé à l’instant',
    chosen: 'choisi par vous',
    added: 'ajouté par vous',
  },
  notInRelais: 'Pas encore dans Relais.',
  whichOne: 'Plusieurs tiers correspondent à cette adresse. Lequel est-ce ?',
  noneOfThese: 'Aucun de ceux-ci',
  undecided: 'Choisissez-en un, ou « Aucun de ceux-ci » : rien n’est choisi à votre place.',
  worksFor: 'travaille chez {{names}}',
  newContact: {
    title: 'Nouveau contact',
    civility: 'Civilité',
    civilityHint: 'Dominique ou Valéry peuvent être des prénoms de femme ou d’homme.',
    mme: 'Madame',
    m: 'Monsieur',
    firstName: 'Prénom',
    lastName: 'Nom',
    organisation: 'Organisation',
    existing: '{{name}} (domaine e-mail {{domain}})',
    newOrganisation: 'Une nouvelle organisation',
    organisationName: 'Nom de la nouvelle organisation',
    attachDomain: 'Son domaine e-mail est {{domain}}',
    noOrganisation: 'Aucune organisation (adresse personnelle)',
    create: 'Créer le contact',
    creating: 'Création…',
    required: 'Obligatoire.',
    civilityRequired: 'Choisissez Madame ou Monsieur.',
  },
  duplicates: {
    title: 'Ceci existe peut-être déjà dans Relais',
    intro:
      'Relais a trouvé des fiches qui ressemblent à « {{name}} ». Utilisez l’une d’elles, ou créez-en une nouvelle s’il s’agit vraiment de quelqu’un d’autre.',
    score: 'ressemblance {{percent}} %',
    use: 'Utiliser celle-ci',
    createAnyway: 'C’est quelqu’un d’autre : créer',
    loading: 'Chargement des candidats…',
  },
};

export const tierMatchStrings: ComponentStrings = { namespace: 'tier-match', en, fr };
