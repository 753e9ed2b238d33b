import type { Browser, Page } from 'playwright-core';
import { encodeItemParam, type PreviewItem } from '../../../addin/preview/office-stub';
import { sampleItems } from '../../../addin/preview/sample-items';
import { seedDemo } from '../../../scripts/demo/seed-demo';
import { startApi, type TestApi } from '../../support/api-harness';
import { launchBrowser } from '../../support/browser';

export const CLAIRE = {
  userId: 'claire.martin',
  name: 'Claire Martin',
  roles: ['rep' as const],
  teams: ['nord'],
  email: 'claire.martin@relais-demo.fr',
};

/** A sample item of the preview, with its own message id or iCalUId so each test logs a fresh item. */
export const sample = (id: string, unique?: string): PreviewItem => {
  const found = sampleItems.find((s) => s.id === id);
  if (!found) throw new Error(`no sample item ${id}`);
  if (!unique) return found.item;
  return found.item.itemType === 'message'
    ? { ...found.item, internetMessageId: `<${unique}-${Date.now()}@test.relais>` }
    : { ...found.item, iCalUId: `${unique}-${Date.now()}` };
};

/** `?item=` as the harness documents it; a 200-recipient item, longer than a request line may be, in `#item=`. */
export const previewQuery = (item: PreviewItem | null, user: string, lang: 'fr' | 'en'): string => {
  const params = new URLSearchParams({ user, lang });
  const encoded = item ? encodeItemParam(item) : '';
  if (encoded.length > 4000) return `?${params.toString()}#item=${encoded}`;
  if (encoded) params.set('item', encoded);
  return `?${params.toString()}`;
};

/**
 * Every jest run's global setup rebuilds dist/web; a run starting beside this one can remove the
 * bundle for a moment, so a page whose script 404s is loaded again.
 */
export const gotoBuiltPage = async (page: Page, url: string): Promise<void> => {
  for (let attempt = 1; ; attempt += 1) {
    let missing = false;
    const onResponse = (response: { url: () => string; status: () => number }) => {
      if (/\/(assets|addin)\//.test(response.url()) && response.status() === 404) missing = true;
    };
    page.on('response', onResponse);
    try {
      const document = await page.goto(url);
      if (document?.status() === 404) missing = true;
    } catch {
      missing = true;
    } finally {
      page.off('response', onResponse);
    }
    if (!missing) return;
    if (attempt === 20) throw new Error(`${url} kept answering 404: are the pages built (dist/web)?`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
};

/**
 * One API over Azurite with the demo data (relais-demo.fr internal) and one headless Chromium,
 * shared by the tests of a file; each test opens its own page. `env` adds API settings (a fake Graph).
 */
export const startPaneSession = async (env: Record<string, string> = {}) => {
  const api: TestApi = await startApi({ RELAIS_INTERNAL_DOMAINS: 'relais-demo.fr', ...env });
  const { tierIds } = await seedDemo(api.app.deps);
  const browser: Browser = await launchBrowser();
  const token = await api.tokenFor(CLAIRE);
  const pages: Page[] = [];

  const open = async (
    item: PreviewItem | null,
    options: { user?: string; lang?: 'fr' | 'en'; before?: (page: Page) => Promise<unknown> } = {},
  ) => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    pages.push(page);
    await options.before?.(page);
    await gotoBuiltPage(
      page,
      `${api.base}/addin/preview${previewQuery(item, options.user ?? CLAIRE.email, options.lang ?? 'en')}`,
    );
    return page;
  };

  return {
    api,
    tierIds,
    token,
    open,
    get: <T = unknown>(path: string) => api.call<T>('GET', path, { token }),
    stop: async () => {
      await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
      await browser.close();
      await api.stop();
    },
  };
};

export type PaneSession = Awaited<ReturnType<typeof startPaneSession>>;

/** The pane is usable: the item is read, the lookup answered, and the Log button is there. */
export const paneReady = async (page: Page): Promise<void> => {
  try {
    await page
      .getByRole('button', { name: /^(Log to CRM|Enregistrer dans le CRM)$/ })
      .waitFor({ timeout: 45_000 });
  } catch (error) {
    const text = await page
      .locator('body')
      .innerText()
      .catch(() => '(no page)');
    throw new Error(`The pane did not become usable. It shows:\n${text.slice(0, 2000)}\n${String(error)}`);
  }
};
