import type { reportsEn } from './reports.en';

export const reportsFr: typeof reportsEn = {
  reports: {
    title: 'Rapports',
    activity: 'Activité',
    segments: 'Segments',
    loading: 'Chargement du rapport…',
    period: 'Période',
    periods: { quarter: 'Ce trimestre', previousQuarter: 'Trimestre précédent', last30: '30 derniers jours', year: 'Cette année', custom: 'Dates…' },
    from: 'Du',
    to: 'Au (exclu)',
    groupBy: 'Par',
    groups: { rep: 'Commercial', team: 'Équipe', medium: 'Canal', direction: 'Sens', week: 'Semaine' },
    totals: 'Totaux',
    columns: {
      key: 'Groupe', interactions: 'Interactions', inbound: 'Entrantes', outbound: 'Sortantes', meetings: 'Rendez-vous', tasksCreated: 'Suivis créés',
      tasksDone: 'Faits', tasksOverdue: 'En retard', newTiers: 'Nouveaux tiers', prospectToClient: 'Prospect → client',
    },
    empty: 'Aucune activité sur cette période.',
  },
};
