import type { ActivityRow, WeeklyDigest } from '@relais/domain';
import { weeklyDigestCard } from '../../teams-app/bot/cards/weekly-digest.card';

const row = (key: string, label: string, figures: Partial<ActivityRow> = {}): ActivityRow => ({
  key, label, interactions: 0, inbound: 0, outbound: 0, meetings: 0, tasksCreated: 0, tasksDone: 0, tasksOverdue: 0, newTiers: 0, prospectToClient: 0, ...figures,
});

const digest: WeeklyDigest = {
  week: '2026-W47', from: '2026-11-16', to: '2026-11-23', teams: ['nord'],
  totals: row('total', 'total', { interactions: 12, meetings: 3, tasksDone: 4, tasksOverdue: 1 }),
  previousTotals: row('total', 'total', { interactions: 9, meetings: 3, tasksDone: 6, tasksOverdue: 1 }),
  reps: [row('claire.martin', 'Claire Martin', { interactions: 12, meetings: 3, tasksDone: 4, tasksOverdue: 1 })],
  atRisk: [{ tierId: 'abc', name: 'Brasserie Lemaire', risk: 70, reason: 'aucun contact depuis 94 jours' }],
};

describe('weekly digest card', () => {
  it('shows the week against the one before, each rep, and the riskiest tiers with their reason', () => {
    const card = weeklyDigestCard(digest, 'fr', 'https://relais.example.fr');
    const json = JSON.stringify(card);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(json).toContain('Votre semaine commerciale · 2026-W47');
    expect(json).toContain('Du 2026-11-16 au 2026-11-22');
    expect(json).toContain('12 (+3 vs la semaine d’avant)');
    expect(json).toContain('4 (-2 vs la semaine d’avant)');
    expect(json).toContain('Claire Martin');
    expect(json).toContain('aucun contact depuis 94 jours');
    expect(json).toContain('https://relais.example.fr/tab/card?tierId=abc');
    expect(JSON.stringify(weeklyDigestCard({ ...digest, atRisk: [] }, 'en', 'https://x'))).toContain('No tier at high risk in your teams.');
  });
});
