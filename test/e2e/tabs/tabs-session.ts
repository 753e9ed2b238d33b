import type { Caller } from '@relais/domain';
import type { Browser, Page } from 'playwright-core';
import { seedDemo } from '../../../scripts/demo/seed-demo';
import { startApi, type TestApi, type TestUser } from '../../support/api-harness';
import { launchBrowser } from '../../support/browser';

export const CLAIRE: TestUser = {
  userId: 'claire.martin',
  name: 'Claire Martin',
  roles: ['rep'],
  teams: ['nord'],
  email: 'claire.martin@relais-demo.fr',
};
/** Claire as the domain's use cases see her, for seeding through them directly. */
export const CLAIRE_CALLER: Caller = {
  userId: CLAIRE.userId,
  name: CLAIRE.name,
  roles: CLAIRE.roles,
  teams: CLAIRE.teams ?? [],
};
export const SOPHIE: TestUser = {
  userId: 'sophie.leroy',
  name: 'Sophie Leroy',
  roles: ['steward'],
  teams: ['nord'],
  email: 'sophie.leroy@relais-demo.fr',
};

/** `YYYY-MM-DD` of the browser's (and this process') local calendar, `days` from today. */
export const dayFromToday = (days: number): string => {
  const at = new Date();
  at.setDate(at.getDate() + days);
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
};

/**
 * One API over Azurite with the demo data and one headless Chromium for a test file; pages are the
 * Teams tabs in standalone mode, played by a demo user with `?user=`.
 */
export const startTabsSession = async () => {
  const api: TestApi = await startApi({ RELAIS_INTERNAL_DOMAINS: 'relais-demo.fr' });
  const { tierIds } = await seedDemo(api.app.deps);
  const browser: Browser = await launchBrowser();
  const tokens = new Map<string, string>();
  const tokenOf = async (user: TestUser) => {
    if (!tokens.has(user.userId)) tokens.set(user.userId, await api.tokenFor(user));
    return tokens.get(user.userId)!;
  };

  const open = async (
    route: string,
    params: Record<string, string> = {},
    options: { user?: TestUser; lang?: 'en' | 'fr'; width?: number } = {},
  ): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: options.width ?? 1100, height: 900 } });
    const query = new URLSearchParams({
      user: (options.user ?? CLAIRE).email!,
      lang: options.lang ?? 'en',
      ...params,
    });
    // Every jest run rebuilds dist/web; a run started beside this one may empty it for a moment.
    for (let attempt = 1; ; attempt += 1) {
      await page.goto(`${api.base}${route}?${query.toString()}`);
      const rendered = await page
        .waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, undefined, {
          timeout: 20_000,
        })
        .then(
          () => true,
          () => false,
        );
      if (rendered || attempt === 3) return page;
      await page.waitForTimeout(3000);
    }
  };

  const as = (user: TestUser) => ({
    call: async <T = unknown>(
      method: string,
      path: string,
      body?: unknown,
      headers?: Record<string, string>,
    ) => api.call<T>(method, path, { token: await tokenOf(user), body, headers }),
  });

  return { api, tierIds, browser, open, as, stop: async () => (await browser.close(), await api.stop()) };
};

export type TabsSession = Awaited<ReturnType<typeof startTabsSession>>;
