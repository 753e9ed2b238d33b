import type { commonEn } from './common.en';

/** Chaînes partagées par toutes les pages de Relais. */
export const commonFr: typeof commonEn = {
  retry: 'Réessayer',
  loading: 'Chargement…',
  cancel: 'Annuler',
  save: 'Enregistrer',
  close: 'Fermer',
  kind: { organisation: 'Organisation', person: 'Personne' },
  lifecycle: { suspect: 'Suspect', prospect: 'Prospect', client: 'Client', former: 'Ancien client', partner: 'Partenaire', competitor: 'Concurrent' },
  medium: {
    email: 'E-mail', meeting: 'Réunion', phone: 'Téléphone', 'face-to-face': 'Face-à-face', sms: 'SMS', letter: 'Courrier', fax: 'Fax',
    event: 'Événement', 'voice-message': 'Message vocal', 'web-form': 'Formulaire web', 'voice-server': 'Serveur vocal',
  },
  direction: { inbound: 'Entrant', outbound: 'Sortant' },
  /** The person objected to prospecting (GDPR): shown beside their name. */
  prospectingObjection: 'Opposé à la prospection',
  evidence: {
    'same-email': 'même e-mail {{detail}}',
    'employer-of-person': 'employeur de {{detail}}',
    'email-domain': 'domaine e-mail {{detail}}',
  },
  errors: {
    network: 'Relais est injoignable. Vérifiez votre connexion ; votre saisie est conservée.',
    timeout: 'Relais met trop de temps à répondre. Votre saisie est conservée ; réessayez.',
    unauthorized: 'Votre session a expiré. Reconnectez-vous.',
    forbidden: "Vous n'êtes pas autorisé à faire cela.",
    notFound: "Cette fiche n'existe pas ou ne vous est pas visible.",
    conflict: "Quelqu'un a modifié cette fiche entre-temps. Rechargez et réessayez.",
    invalid: 'Certains champs sont à corriger :',
    tooMany: 'Trop de requêtes. Patientez un instant puis réessayez.',
    server: 'Une erreur est survenue de notre côté. Réessayez dans un instant.',
  },
  signIn: {
    'consent-required': 'Relais a besoin du consentement d’un administrateur pour votre organisation.',
    'popup-blocked': 'La fenêtre de connexion a été bloquée. Autorisez les fenêtres surgissantes et réessayez.',
    failed: 'La connexion a échoué. Fermez puis rouvrez Relais, ou contactez votre administrateur.',
  },
};
