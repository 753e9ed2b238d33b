import type { myActionsEn } from './my-actions.en';

export const myActionsFr: typeof myActionsEn = {
  myActions: {
    title: 'Mes actions',
    intro: 'Vos suites à donner ouvertes, par échéance.',
    refresh: 'Actualiser',
    loading: 'Chargement de vos tâches…',
    none: 'Rien à faire : aucune tâche ouverte ne vous est attribuée.',
    loadMore: 'Charger plus de tâches',
    partial: 'Les {{count}} premières tâches ouvertes sont affichées, les plus urgentes d’abord.',
  },
};
