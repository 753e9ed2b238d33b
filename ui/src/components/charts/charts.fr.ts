import type { chartsEn } from './charts.en';

export const chartsFr: typeof chartsEn = {
  charts: {
    byGroup: 'Interactions par groupe',
    byWeek: 'Semaine par semaine',
    byMedium: 'Par canal',
    inbound: 'Entrant',
    outbound: 'Sortant',
    interactions: 'Interactions',
    meetings: 'Rendez-vous',
    tasksDone: 'Suivis faits',
    media: {
      email: 'E-mail',
      meeting: 'Réunion',
      phone: 'Téléphone',
      'face-to-face': 'Face à face',
      sms: 'SMS',
      letter: 'Courrier',
      fax: 'Fax',
      event: 'Événement',
      'voice-message': 'Message vocal',
      'web-form': 'Formulaire web',
      'voice-server': 'Serveur vocal',
    },
  },
};
