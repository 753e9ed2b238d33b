/** Strings of the task components (card, my actions). Keys mirror tasks.fr.ts. */
export const tasksEn = {
  tasks: {
    due: 'Due {{date}}',
    noDue: 'No due date',
    overdue: 'Overdue',
    daysLate_one: '{{count}} day late',
    daysLate_other: '{{count}} days late',
    markDone: 'Mark done',
    markDoneLabel: 'Mark "{{title}}" done',
    saving: 'Saving…',
    done: '"{{title}}" is done.',
    changed:
      '"{{title}}" was changed by someone else in the meantime, so it was not marked done. The list was reloaded: check it and try again.',
    none: 'No open tasks.',
    assigned: 'Assigned to {{assignee}} by {{assigner}}',
    interaction: 'See the interaction',
    about: 'About',
    unknownTier: 'a record you cannot see',
    groups: {
      overdue: 'Overdue',
      today: 'Today',
      thisWeek: 'Later this week',
      later: 'Later',
      undated: 'No due date',
    },
    emptyGroup: {
      overdue: 'Nothing overdue.',
      today: 'Nothing due today.',
      thisWeek: 'Nothing else this week.',
      later: 'Nothing planned later.',
      undated: 'None.',
    },
  },
};
