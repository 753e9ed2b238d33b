/** Interactions, relations, tasks and change requests of the demo, by tier key; dates are in the past. */
export type DemoInteraction = {
  key: string;
  by: string;
  at: string;
  tiers: string[];
  body: Record<string, unknown>;
};

export const demoRelations = [
  { typeId: 'subsidiary-of', from: 'dumas-emballages', to: 'dumas', startDate: '2023-04-01', by: 'hugo.bernard' },
  { typeId: 'is-client-of', from: 'lemaire', to: 'girard', startDate: '2024-02-01', by: 'claire.martin' },
  { typeId: 'prescribes-for', from: 'roussel', to: 'lemaire', startDate: '2021-06-01', by: 'claire.martin' },
  { typeId: 'competitor-of', from: 'vasseur', to: 'dumas', startDate: '2022-06-01', by: 'hugo.bernard' },
  { typeId: 'works-for', from: 'dominique-petit', to: 'roussel', startDate: '2019-02-01', endDate: '2023-08-31', status: 'ended', by: 'claire.martin' },
  { typeId: 'assistant-of', from: 'dominique-petit', to: 'anne-lemaire', startDate: '2023-09-01', by: 'claire.martin' },
];

export const demoInteractions: DemoInteraction[] = [
  {
    key: 'lemaire-meeting', by: 'claire.martin', at: '2026-11-18T10:00:00+01:00', tiers: ['lemaire', 'anne-lemaire'],
    body: {
      source: { kind: 'meeting', id: '040000008200E00074C5B7101A82E00800000000DEMO0001' }, direction: 'outbound', medium: 'meeting',
      occurredAt: '2026-11-18T10:00:00+01:00', durationMinutes: 60, location: 'Lille, siège', subject: 'Renouvellement du contrat 2027',
      purpose: 'Préparer le renouvellement', outcome: 'Accord de principe, attend une proposition chiffrée',
      tasks: [{ title: 'Envoyer la proposition tarifaire 2027', dueDate: '2026-11-25' }],
    },
  },
  {
    key: 'lemaire-email', by: 'claire.martin', at: '2026-11-20T16:42:00+01:00', tiers: ['lemaire', 'dominique-petit'],
    body: {
      source: { kind: 'email', id: '<CAF=demo-petit-20261120@brasserie-lemaire.fr>' }, direction: 'inbound', medium: 'email',
      occurredAt: '2026-11-20T16:42:00+01:00', subject: 'Livraisons Arras — planning de décembre', purpose: 'Planning de livraison',
      tasks: [{ title: 'Rappeler M. Petit pour le planning de livraison', dueDate: '2026-11-21' }],
      changeRequests: [{ tierId: '@lemaire-arras', changes: [{ path: 'addresses', to: [{ kind: 'postal', lines: ['18 rue Gambetta'], postcode: '62000', city: 'Arras', country: 'FR' }] }], reason: "L'entrepôt d'Arras déménage rue Gambetta au 1er décembre." }],
    },
  },
  {
    key: 'girard-call', by: 'claire.martin', at: '2025-05-20T11:00:00+02:00', tiers: ['girard', 'paul-girard'],
    body: { direction: 'outbound', medium: 'phone', occurredAt: '2025-05-20T11:00:00+02:00', durationMinutes: 25, subject: 'Offre transport frigorifique', outcome: 'Commande signée le 2 juin' },
  },
  {
    key: 'girard-email', by: 'claire.martin', at: '2026-10-02T09:15:00+02:00', tiers: ['girard', 'valery-girard'],
    body: { source: { kind: 'email', id: '<demo-girard-20261002@relais-demo.fr>' }, direction: 'outbound', medium: 'email', occurredAt: '2026-10-02T09:15:00+02:00', subject: 'Facturation trimestrielle' },
  },
  {
    key: 'snlf-meeting', by: 'hugo.bernard', at: '2024-10-15T14:00:00+02:00', tiers: ['snlf', 'karim-haddad'],
    body: { direction: 'outbound', medium: 'face-to-face', occurredAt: '2024-10-15T14:00:00+02:00', durationMinutes: 90, location: 'Lyon Part-Dieu', subject: 'Présentation de l’offre', outcome: 'À relancer après leur appel d’offres' },
  },
  {
    key: 'dumas-visit', by: 'hugo.bernard', at: '2026-09-12T10:30:00+02:00', tiers: ['dumas', 'claude-dumas'],
    body: { direction: 'outbound', medium: 'face-to-face', occurredAt: '2026-09-12T10:30:00+02:00', subject: 'Revue annuelle', outcome: 'Volumes en hausse de 8 %', tasks: [{ title: 'Préparer la revue de volumes Q1', dueDate: '2027-01-15' }] },
  },
];
