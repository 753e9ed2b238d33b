import type { Language } from '../model/common.schema';
import { factDefinition } from '../model/fact-definitions';
import type { ScoreNote, ScoreReason } from './compute-scores';

const lifecycleLabels: Record<string, { fr: string; en: string }> = {
  suspect: { fr: 'suspect', en: 'suspect' },
  prospect: { fr: 'prospect', en: 'prospect' },
  client: { fr: 'client', en: 'client' },
  former: { fr: 'ancien client', en: 'former client' },
  partner: { fr: 'partenaire', en: 'partner' },
  competitor: { fr: 'concurrent', en: 'competitor' },
};

const factLabel = (name: string, lang: Language): string => factDefinition(name)?.label[lang] ?? name;
const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** A score reason in the reader's words: "no contact for 94 days" / "aucun contact depuis 94 jours". */
export const describeReason = (reason: ScoreReason, lang: Language): string => {
  const fr = lang === 'fr';
  switch (reason.code) {
    case 'no-contact':
      if (reason.sinceCreation)
        return fr ? `aucun contact depuis sa création il y a ${reason.days} jours` : `no contact since it was created ${reason.days} days ago`;
      return fr ? `aucun contact depuis ${reason.days} jours` : `no contact for ${reason.days} days`;
    case 'inbound-interest':
      return fr
        ? `${reason.count} ${plural(reason.count, 'contact entrant', 'contacts entrants')} sur les ${reason.days} derniers jours`
        : `${reason.count} inbound ${plural(reason.count, 'contact', 'contacts')} in the last ${reason.days} days`;
    case 'frequency': {
      const meetings = reason.meetings > 0 ? (fr ? ` dont ${reason.meetings} ${plural(reason.meetings, 'rendez-vous', 'rendez-vous')}` : `, ${reason.meetings} ${plural(reason.meetings, 'meeting', 'meetings')}`) : '';
      return fr
        ? `${reason.count} ${plural(reason.count, 'échange', 'échanges')} sur les ${reason.days} derniers jours${meetings}`
        : `${reason.count} ${plural(reason.count, 'exchange', 'exchanges')} in the last ${reason.days} days${meetings}`;
    }
    case 'recent-meeting':
      if (reason.days === 0) return fr ? 'rendez-vous aujourd’hui' : 'meeting today';
      return fr ? `rendez-vous il y a ${reason.days} ${plural(reason.days, 'jour', 'jours')}` : `meeting ${reason.days} ${plural(reason.days, 'day', 'days')} ago`;
    case 'unanswered':
      return fr ? `${reason.count} relances sans réponse` : `${reason.count} outbound contacts without a reply`;
    case 'overdue-follow-ups':
      return fr
        ? `${reason.count} ${plural(reason.count, 'suivi en retard', 'suivis en retard')}`
        : `${reason.count} overdue ${plural(reason.count, 'follow-up', 'follow-ups')}`;
    case 'stale-facts': {
      const names = reason.facts.map((f) => factLabel(f, lang)).join(', ');
      const n = reason.facts.length;
      return fr ? `${n} ${plural(n, 'information à confirmer', 'informations à confirmer')} (${names})` : `${n} ${plural(n, 'fact', 'facts')} to confirm (${names})`;
    }
    case 'lifecycle': {
      const label = lifecycleLabels[reason.value]?.[lang] ?? reason.value;
      return fr ? `statut : ${label}` : `lifecycle: ${label}`;
    }
    case 'contact-left':
      if (reason.count === 1)
        return fr
          ? `un contact a quitté l’entreprise il y a ${reason.days} ${plural(reason.days, 'jour', 'jours')}`
          : `a contact left the company ${reason.days} ${plural(reason.days, 'day', 'days')} ago`;
      return fr
        ? `${reason.count} contacts ont quitté l’entreprise ces ${reason.withinDays} derniers jours`
        : `${reason.count} contacts left the company in the last ${reason.withinDays} days`;
    case 'pending-changes':
      return fr
        ? `${reason.count} ${plural(reason.count, 'modification en attente', 'modifications en attente')} de validation`
        : `${reason.count} ${plural(reason.count, 'change', 'changes')} awaiting approval`;
    case 'fact-value':
      return reason.label ? reason.label[lang] : `${factLabel(reason.fact, lang)}${fr ? ' : ' : ': '}${String(reason.value)}`;
  }
};

/** Why a rule did not apply: the score is computed without it. */
export const describeNote = (note: ScoreNote, lang: Language): string => {
  if (note.code === 'unknown-fact')
    return lang === 'fr'
      ? `règle « ${note.rule} » ignorée : l’information « ${note.fact} » n’existe pas`
      : `rule “${note.rule}” skipped: there is no fact “${note.fact}”`;
  return lang === 'fr'
    ? `règle « ${note.rule} » non appliquée : ${factLabel(note.fact, lang)} non renseigné`
    : `rule “${note.rule}” not applied: ${factLabel(note.fact, lang)} not known`;
};
