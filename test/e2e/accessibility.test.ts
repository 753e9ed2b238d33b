import type { Page } from 'playwright-core';
import { encodeItemParam } from '../../addin/preview/office-stub';
import { sampleItems } from '../../addin/preview/sample-items';
import type { TestUser } from '../support/api-harness';
import { seriousViolations } from '../support/axe';
import { SOPHIE, startTabsSession, type TabsSession } from './tabs/tabs-session';

jest.setTimeout(300_000);

/**
 * WCAG 2.2 AA on every page, in French and in English: axe-core finds no serious or critical
 * violation (target size of 24 px included) once each page shows its content, in one browser.
 */
const MARC: TestUser = { userId: 'marc.dubois', name: 'Marc Dubois', roles: ['manager'], teams: ['nord', 'sud'], email: 'marc.dubois@relais-demo.fr' };

let session: TabsSession;
beforeAll(async () => {
  session = await startTabsSession();
});
afterAll(() => session?.stop());

type Visit = { name: string; route: string; params?: () => Record<string, string>; user?: TestUser; ready: (page: Page) => Promise<unknown> };

const heading = (page: Page) => page.getByRole('heading').first().waitFor();

const visits: Visit[] = [
  { name: 'the Outlook preview, picking an item', route: '/addin/preview', ready: heading },
  { name: 'the pane in the Outlook preview', route: '/addin/preview', params: () => ({ item: encodeItemParam(sampleItems[0]!.item) }), ready: (page) => page.getByRole('button').nth(2).waitFor() },
  { name: 'the tab configuration', route: '/tab/config', ready: heading },
  { name: 'the client card', route: '/tab/card', params: () => ({ tierId: session.tierIds.lemaire! }), ready: heading },
  { name: 'my actions', route: '/tab/my-actions', ready: heading },
  { name: 'pending approvals', route: '/tab/approvals', user: MARC, ready: heading },
  { name: 'duplicates to review', route: '/tab/duplicates', user: SOPHIE, ready: heading },
  { name: 'reports', route: '/tab/reports', user: MARC, ready: (page) => page.locator('[data-chart] svg').first().waitFor({ timeout: 30_000 }) },
];

describe.each(['fr', 'en'] as const)('in %s', (lang) => {
  it.each(visits)('$name passes axe-core (WCAG 2.2 AA)', async ({ route, params, user, ready }) => {
    const page = await session.open(route, params?.() ?? {}, { lang, ...(user ? { user } : {}) });
    try {
      await ready(page);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

it('chart legends read as the resources write them: « Rendez-vous », not « Rendez-Vous »', async () => {
  const page = await session.open('/tab/reports', {}, { lang: 'fr', user: MARC });
  try {
    const legends = page.locator('[data-chart="weekly-trend"] .fui-legend__legend');
    await legends.first().waitFor({ timeout: 30_000 });
    // The text is right in the DOM; Fluent's legend style capitalised it on screen (text-transform).
    const shown = await legends.evaluateAll((nodes) => nodes.map((n) => `${(n as HTMLElement).innerText.trim()} (${getComputedStyle(n).textTransform})`));
    expect(shown).toEqual(expect.arrayContaining(['Rendez-vous (none)', 'Suivis faits (none)']));
  } finally {
    await page.close();
  }
});
