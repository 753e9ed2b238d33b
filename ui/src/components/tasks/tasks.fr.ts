import type { tasksEn } from './tasks.en';

export const tasksFr: typeof tasksEn = {
  tasks: {
    due: 'Échéance {{date}}',
    noDue: 'Sans échéance',
    overdue: 'En retard',
    daysLate_one: '{{count}} jour de retard',
    daysLate_other: '{{count}} jours de retard',
    markDone: 'Marquer comme faite',
    markDoneLabel: 'Marquer « {{title}} » comme faite',
    saving: 'Enregistrement…',
    done: '« {{title}} » est faite.',
    changed:
      "« {{title}} » a été modifiée par quelqu'un d'autre entre-temps : elle n'a pas été marquée comme faite. La liste a été rechargée : vérifiez-la puis réessayez.",
    none: 'Aucune tâche ouverte.',
    about: 'Concerne',
    unknownTier: 'une fiche qui ne vous est pas visible',
    groups: {
      overdue: 'En retard',
      today: "Aujourd'hui",
      thisWeek: 'Cette semaine',
      later: 'Plus tard',
      undated: 'Sans échéance',
    },
    emptyGroup: {
      overdue: 'Rien en retard.',
      today: "Rien pour aujourd'hui.",
      thisWeek: 'Rien d’autre cette semaine.',
      later: 'Rien de prévu plus tard.',
      undated: 'Aucune.',
    },
  },
};
