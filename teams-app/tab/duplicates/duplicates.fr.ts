import type { duplicatesEn } from './duplicates.en';

/** Textes de la page « Doublons à revoir ». */
export const duplicatesFr: typeof duplicatesEn = {
  duplicates: {
    title: 'Doublons à revoir',
    intro: 'Les paires de fiches qui semblent désigner la même organisation ou la même personne, les plus probables d’abord. Fusionnez-les dans celle à garder, ou indiquez qu’il s’agit de deux fiches.',
    refresh: 'Actualiser',
    loading: 'Recherche des doublons…',
    none: 'Aucun doublon probable à revoir.',
    score: 'Ressemblance {{score}} %',
    why: 'Pourquoi elles se ressemblent',
    keep: 'Garder {{name}}',
    firstRecord: '1re fiche',
    secondRecord: '2e fiche',
    keepLabel: 'Garder {{name}} et y fusionner {{other}}',
    distinct: 'Pas la même',
    distinctLabel: '{{a}} et {{b}} sont deux fiches différentes',
    working: 'Enregistrement…',
    merged: '{{other}} a été fusionnée dans {{name}}.',
    mergeProgress: 'Fusion de {{other}} dans {{name}} : {{done}} enregistrements déplacés sur {{total}}…',
    markedDistinct: '{{a}} et {{b}} ne seront plus proposées.',
    failed: 'Impossible : {{reason}}',
    loadMore: 'Afficher plus de paires',
    organisation: 'Organisation',
    person: 'Personne',
    siren: 'SIREN {{siren}}',
  },
};
