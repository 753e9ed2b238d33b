import type { CardElement, IAdaptiveCard } from '@microsoft/teams.cards';
import { addDays, type ActivityRow, type Language, type WeeklyDigest } from '@relais/domain';

const text = {
  fr: {
    title: (week: string) => `Votre semaine commerciale · ${week}`,
    period: (from: string, to: string) => `Du ${from} au ${to}`,
    interactions: 'Interactions',
    meetings: 'Rendez-vous',
    done: 'Suivis faits',
    overdue: 'Suivis en retard',
    newTiers: 'Nouveaux tiers',
    converted: 'Prospects devenus clients',
    vs: (n: number) => (n === 0 ? 'comme la semaine d’avant' : `${n > 0 ? '+' : ''}${n} vs la semaine d’avant`),
    byRep: 'Par commercial',
    atRisk: 'Tiers les plus à risque',
    noRisk: 'Aucun tiers à risque élevé dans vos équipes.',
    risk: (n: number) => `risque ${n}`,
    open: 'Ouvrir les rapports',
    card: 'Fiche',
  },
  en: {
    title: (week: string) => `Your sales week · ${week}`,
    period: (from: string, to: string) => `From ${from} to ${to}`,
    interactions: 'Interactions',
    meetings: 'Meetings',
    done: 'Follow-ups done',
    overdue: 'Overdue follow-ups',
    newTiers: 'New tiers',
    converted: 'Prospects turned clients',
    vs: (n: number) => (n === 0 ? 'same as the week before' : `${n > 0 ? '+' : ''}${n} vs the week before`),
    byRep: 'By rep',
    atRisk: 'Tiers most at risk',
    noRisk: 'No tier at high risk in your teams.',
    risk: (n: number) => `risk ${n}`,
    open: 'Open the reports',
    card: 'Card',
  },
};

const measures = ['interactions', 'meetings', 'tasksDone', 'tasksOverdue', 'newTiers', 'prospectToClient'] as const;
const labelOf = (m: (typeof measures)[number], t: (typeof text)['en']) =>
  ({ interactions: t.interactions, meetings: t.meetings, tasksDone: t.done, tasksOverdue: t.overdue, newTiers: t.newTiers, prospectToClient: t.converted })[m];

const repLine = (row: ActivityRow, t: (typeof text)['en']) =>
  `${row.interactions} ${t.interactions.toLowerCase()} · ${row.meetings} ${t.meetings.toLowerCase()} · ${row.tasksDone} ${t.done.toLowerCase()} · ${row.tasksOverdue} ${t.overdue.toLowerCase()}`;

/**
 * The manager's Monday card: last week's team figures against the week before, each rep's line, and
 * the riskiest tiers with their main reason (each opens its card tab). `appUrl` is where the pages are served.
 */
export const weeklyDigestCard = (digest: WeeklyDigest, lang: Language, appUrl: string): IAdaptiveCard => {
  const t = text[lang];
  const totals: CardElement = {
    type: 'FactSet',
    facts: measures.map((m) => ({ title: labelOf(m, t), value: `${digest.totals[m]} (${t.vs(digest.totals[m] - digest.previousTotals[m])})` })),
  };
  const reps: CardElement[] = digest.reps.map((row) => ({
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: row.label, weight: 'Bolder', wrap: true }] },
      { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: repLine(row, t), wrap: true, isSubtle: true }] },
    ],
  }));
  const risks: CardElement[] =
    digest.atRisk.length === 0
      ? [{ type: 'TextBlock', text: t.noRisk, isSubtle: true, wrap: true }]
      : digest.atRisk.map((tier) => ({
          type: 'ColumnSet',
          selectAction: { type: 'Action.OpenUrl', url: `${appUrl}/tab/card?tierId=${encodeURIComponent(tier.tierId)}`, title: t.card },
          columns: [
            { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: tier.name, weight: 'Bolder', wrap: true }, ...(tier.reason ? [{ type: 'TextBlock' as const, text: tier.reason, isSubtle: true, spacing: 'None' as const, wrap: true }] : [])] },
            { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: t.risk(tier.risk), color: 'Attention', weight: 'Bolder' }] },
          ],
        }));
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: t.title(digest.week), size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: t.period(digest.from, addDays(digest.to, -1)), isSubtle: true, spacing: 'None' },
      totals,
      { type: 'TextBlock', text: t.byRep, size: 'Medium', weight: 'Bolder', spacing: 'Large' },
      ...reps,
      { type: 'TextBlock', text: t.atRisk, size: 'Medium', weight: 'Bolder', spacing: 'Large' },
      ...risks,
    ],
    actions: [{ type: 'Action.OpenUrl', title: t.open, url: `${appUrl}/tab/reports` }],
  };
};
