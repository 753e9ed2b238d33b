import type { approvalsEn } from './approvals.en';

export const approvalsFr: typeof approvalsEn = {
  approvals: {
    title: 'Validations en attente',
    intro:
      "Modifications du référentiel qui attendent votre décision. Accepter applique la modification à la fiche, datée ; refuser laisse la fiche telle qu'elle est.",
    refresh: 'Actualiser',
    loading: 'Chargement des demandes…',
    none: 'Rien n’attend votre décision.',
    on: 'Fiche',
    unknownTier: 'une fiche qui ne vous est pas visible',
    select: 'Sélectionner la demande sur {{name}}',
    selectAll: 'Tout sélectionner',
    selected_one: '{{count}} demande sélectionnée',
    selected_other: '{{count}} demandes sélectionnées',
    comment: 'Commentaire (facultatif)',
    commentHint: 'Le demandeur le lira avec votre décision.',
    bulkComment: 'Commentaire pour les demandes sélectionnées (facultatif)',
    approve: 'Accepter',
    reject: 'Refuser',
    approveLabel: 'Accepter la modification de {{name}}',
    rejectLabel: 'Refuser la modification de {{name}}',
    approveSelected: 'Accepter la sélection',
    rejectSelected: 'Refuser la sélection',
    deciding: 'Enregistrement…',
    approved: 'Acceptée : la modification de {{name}} est appliquée.',
    rejected: 'Refusée : {{name}} reste inchangée.',
    bulkDone: '{{approved}} acceptée(s), {{rejected}} refusée(s).',
    bulkFailed_one: "{{count}} demande n'a pas pu être traitée : {{reasons}}",
    bulkFailed_other: "{{count}} demandes n'ont pas pu être traitées : {{reasons}}",
    loadMore: 'Charger plus de demandes',
  },
};
