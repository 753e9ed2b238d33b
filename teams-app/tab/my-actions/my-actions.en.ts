/** Strings of the "My actions" page. Keys mirror my-actions.fr.ts. */
export const myActionsEn = {
  myActions: {
    title: 'My actions',
    intro: 'Your open follow-ups, by due date.',
    refresh: 'Refresh',
    loading: 'Loading your tasks…',
    none: 'Nothing to do: no open task is assigned to you.',
    loadMore: 'Load more tasks',
    partial: 'Showing the first {{count}} open tasks, earliest due first.',
  },
};
