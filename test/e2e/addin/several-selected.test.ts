import type { Page } from 'playwright-core';
import type { PreviewItem } from '../../../addin/preview/office-stub';
import { seriousViolations } from '../../support/axe';
import { startPaneSession, type PaneSession } from './pane-session';

jest.setTimeout(240_000);

let session: PaneSession;
beforeAll(async () => (session = await startPaneSession()));
afterAll(() => session?.stop());

type Logged = {
  id: string;
  subject?: string;
  participants: { tierId: string }[];
  source: { id: string; itemId?: string };
};

const anne = { emailAddress: 'anne.lemaire@brasserie-lemaire.fr', displayName: 'Anne Lemaire' };
const claire = { emailAddress: 'claire.martin@relais-demo.fr', displayName: 'Claire Martin' };

const thread = (run: string, count: number): PreviewItem[] =>
  Array.from({ length: count }, (_, i) => ({
    itemType: 'message',
    subject: `Fûts de Noël, message ${String(i + 1).padStart(2, '0')} (${run})`,
    internetMessageId: `<futs-${run}-${i + 1}@brasserie-lemaire.fr>`,
    conversationId: `AAQkThread${run}`,
    dateTimeCreated: `2026-11-${String(i + 1).padStart(2, '0')}T09:30:00+01:00`,
    from: anne,
    to: [claire],
    bodyText: `Message ${i + 1}`,
  }));

const bySource = (id: string) =>
  session.get<Logged>(`/api/interactions/by-source?kind=email&id=${encodeURIComponent(id)}`);

/** The lookup answered and the form is there. */
const paneReadyForSeveral = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: /^(Log|Enregistrer) \d+ e-mails?$/ }).waitFor({ timeout: 45_000 });
};

it('logs twenty selected e-mails in one click: seventeen created, the three logged before reported, none twice', async () => {
  const run = `multi${Date.now()}`;
  const items = thread(run, 20);
  const before = new Map<string, string>();
  for (const item of [items[2], items[9], items[17]]) {
    const answer = await session.api.call<Logged>('POST', '/api/interactions', {
      token: session.token,
      body: {
        source: { kind: 'email', id: item!.internetMessageId },
        direction: 'inbound',
        medium: 'email',
        occurredAt: item!.dateTimeCreated,
        subject: item!.subject,
        participants: [{ tierId: session.tierIds['anne-lemaire'] }],
      },
    });
    expect(answer.status).toBe(201);
    before.set(item!.internetMessageId!, answer.body.id);
  }

  const page = await session.open({ ...items[19]!, selectedItems: items });
  await page.getByRole('heading', { name: '20 e-mails selected' }).waitFor({ timeout: 45_000 });
  expect(await page.getByTestId('several-items').getByRole('listitem').count()).toBe(20);
  await paneReadyForSeveral(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Log 20 e-mails' }).click();
  await page.getByText('17 e-mails logged in Relais.').waitFor({ timeout: 120_000 });
  await page.getByText('3 were logged already and were not logged twice:').waitFor();
  const reported = await page.getByTestId('several-existing').getByRole('listitem').allInnerTexts();
  expect(reported).toEqual([items[2]!.subject, items[9]!.subject, items[17]!.subject]);
  expect(await seriousViolations(page)).toEqual([]);

  const tiers = [session.tierIds['anne-lemaire'], session.tierIds['lemaire']].sort();
  for (const item of items) {
    const logged = await bySource(item.internetMessageId!);
    expect(logged.status).toBe(200);
    const earlier = before.get(item.internetMessageId!);
    if (earlier) {
      expect(logged.body.id).toBe(earlier);
      continue;
    }
    expect(logged.body.subject).toBe(item.subject);
    expect(logged.body.participants.map((p) => p.tierId).sort()).toEqual(tiers);
    expect(logged.body.source.itemId).toMatch(/^AAMkPreview/);
  }

  // One entry per message on Anne's timeline: nothing was logged twice.
  const timeline = await session.get<{ items: { subject?: string }[] }>(
    `/api/tiers/${session.tierIds['anne-lemaire']}/timeline?limit=200`,
  );
  const ours = timeline.body.items.filter((entry) => entry.subject?.includes(`(${run})`));
  expect(ours).toHaveLength(20);
});

it('logs in French too, and one selected e-mail gets the one-item pane', async () => {
  const run = `multifr${Date.now()}`;
  const items = thread(run, 2);
  const page = await session.open({ ...items[0]!, selectedItems: items }, { lang: 'fr' });
  await page.getByRole('heading', { name: '2 e-mails sélectionnés' }).waitFor({ timeout: 45_000 });
  await paneReadyForSeveral(page);
  await page.getByRole('button', { name: 'Enregistrer 2 e-mails' }).click();
  await page.getByText('2 e-mails enregistrés dans Relais.').waitFor({ timeout: 60_000 });
  expect((await bySource(items[1]!.internetMessageId!)).status).toBe(200);

  // Logged just now with the others: the one-item pane says so.
  const single = await session.open({ ...items[0]!, selectedItems: [items[0]!] });
  await single.getByText('This item is already logged in Relais.').waitFor({ timeout: 45_000 });
  expect(await single.getByRole('heading', { name: /e-mails? selected/ }).count()).toBe(0);
});
