/** Strings of the "Duplicates to review" page. Keys mirror duplicates.fr.ts. */
export const duplicatesEn = {
  duplicates: {
    title: 'Duplicates to review',
    intro: 'Pairs of records that look like the same organisation or person, most likely first. Merge them into the one to keep, or say they are two.',
    refresh: 'Refresh',
    loading: 'Looking for duplicates…',
    none: 'No likely duplicates left to review.',
    score: '{{score}} % alike',
    why: 'Why they look alike',
    keep: 'Keep {{name}}',
    keepLabel: 'Keep {{name}} and merge {{other}} into it',
    distinct: 'Not the same',
    distinctLabel: '{{a}} and {{b}} are two different records',
    working: 'Saving…',
    merged: '{{other}} was merged into {{name}}.',
    markedDistinct: '{{a}} and {{b}} will not be proposed again.',
    failed: 'Could not do it: {{reason}}',
    loadMore: 'Load more pairs',
    organisation: 'Organisation',
    person: 'Person',
    siren: 'SIREN {{siren}}',
  },
};
