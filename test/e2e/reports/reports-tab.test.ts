import type { TestUser } from '../../support/api-harness';
import { CLAIRE, startTabsSession, type TabsSession } from '../tabs/tabs-session';

jest.setTimeout(180_000);

const MARC: TestUser = { userId: 'marc.dubois', name: 'Marc Dubois', roles: ['manager'], teams: ['nord', 'sud'], email: 'marc.dubois@relais-demo.fr' };

let session: TabsSession;
beforeAll(async () => {
  session = await startTabsSession();
  // Activity this week, whatever day the demo data was dated from.
  const now = new Date().toISOString();
  for (const [medium, direction] of [['email', 'inbound'], ['phone', 'outbound'], ['meeting', 'outbound']] as const) {
    const logged = await session.as(CLAIRE).call('POST', '/api/interactions', { direction, medium, occurredAt: now, subject: 'Point', participants: [{ tierId: session.tierIds.lemaire! }] });
    expect(logged.status).toBe(201);
  }
});
afterAll(() => session?.stop());

const preview = async (definition: unknown) => (await session.as(CLAIRE).call<{ count: number }>('POST', '/api/segments/preview', { definition })).body.count;

it('renders the activity charts and the figures for a manager', async () => {
  const page = await session.open('/tab/reports', {}, { user: MARC });
  await page.getByRole('heading', { name: 'Reports' }).waitFor();
  const bars = page.locator('[data-chart="activity-bars"] svg rect');
  await bars.first().waitFor();
  expect(await bars.count()).toBeGreaterThan(0);
  // Lines and arcs are SVG paths beside the axes' own: wait until the series are drawn.
  const drawn = (chart: string, more: number) =>
    page.waitForFunction(([c, n]) => document.querySelectorAll(`[data-chart="${c}"] svg path`).length > n, [chart, more] as const, { timeout: 30_000 });
  await drawn('weekly-trend', 2);
  await drawn('media-donut', 1);
  expect(await page.locator('[data-chart="media-donut"]').textContent()).toContain('Meeting');
  await page.getByRole('cell', { name: 'Claire Martin' }).waitFor();
  await page.getByLabel('By', { exact: true }).selectOption('medium');
  await page.getByRole('cell', { name: 'meeting', exact: true }).waitFor();
  await page.close();
});

it('says a period without activity is empty instead of drawing empty charts, and comes back to one with activity', async () => {
  const page = await session.open('/tab/reports', {}, { user: MARC, lang: 'fr' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.locator('[data-chart="activity-bars"] svg rect').first().waitFor();
  await page.getByLabel('Période').selectOption('custom');
  await page.getByLabel('Du').fill('2019-01-01');
  await page.getByLabel('Au').fill('2019-04-01');
  await page.getByText('Aucune activité sur cette période.').waitFor();
  expect(await page.locator('[data-chart]').count()).toBe(0);
  await page.getByLabel('Période').selectOption('quarter');
  await page.locator('[data-chart="activity-bars"] svg rect').first().waitFor();
  await page.getByRole('cell', { name: 'Claire Martin' }).waitFor();
  // The weekly axis reads its dates in French.
  await page.locator('[data-chart="weekly-trend"] svg text').first().waitFor();
  const ticks = (await page.locator('[data-chart="weekly-trend"] svg text').allTextContents()).join(' ');
  expect(ticks).toMatch(/\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)/);
  expect(ticks).not.toMatch(/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d/);
  expect(errors).toEqual([]);
  await page.close();
});

it('builds a segment with a live count, names the invalid part, saves it and lists its members', async () => {
  const page = await session.open('/tab/reports', { view: 'segments' }, { user: CLAIRE, lang: 'fr' });
  await page.getByRole('heading', { name: 'Constructeur de segment' }).waitFor();
  const clients = await preview({ type: 'fact', fact: 'lifecycle', op: 'eq', value: 'client' });
  const count = page.locator('[data-live-count]');
  await page.waitForFunction((expected) => document.querySelector('[data-live-count]')?.getAttribute('data-live-count') === String(expected), clients);

  const value = page.getByLabel('Valeur');
  await value.fill('cliente');
  await page.getByRole('alert').filter({ hasText: 'Not a value of lifecycle' }).waitFor();
  await value.fill('prospect');
  const prospects = await preview({ type: 'fact', fact: 'lifecycle', op: 'eq', value: 'prospect' });
  await page.waitForFunction((expected) => document.querySelector('[data-live-count]')?.getAttribute('data-live-count') === String(expected), prospects);
  expect(await count.textContent()).toContain(`${prospects} tiers`);

  await page.getByLabel('Nom du segment').fill('Prospects du Nord');
  await page.getByRole('button', { name: 'Enregistrer le segment' }).click();
  await page.getByRole('tab', { name: 'Prospects du Nord' }).waitFor();
  const rows = page.getByRole('table', { name: 'Membres' }).getByRole('row');
  await page.waitForFunction((n) => document.querySelectorAll('table[aria-label="Membres"] tbody tr').length === n, Math.min(prospects, 50));
  expect(await rows.count()).toBe(Math.min(prospects, 50) + 1);
  await page.getByRole('button', { name: 'Exporter en CSV' }).waitFor();
  await page.close();
});
