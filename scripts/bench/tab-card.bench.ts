import { createTier, logInteraction, type Caller } from '@relais/domain';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createAppFromEnv } from '../../functions/src/composition-root';
import { readEnv } from '../../functions/src/config';
import { routeTable } from '../../functions/src/http/route-table';
import { staticPageHandler } from '../../functions/src/local-host/page-handler';
import { serveHttp } from '../../functions/src/local-host/serve-http';
import { startAzurite } from '../azurite';
import { freePort } from '../free-port';
import { buildWeb, WEB_DIR } from '../web/build-web';
import { percentiles, timeMany } from './percentiles';

export type TabCardBenchOptions = { interactions?: number; people?: number; runs?: number };

const CLAIRE: Caller = { userId: 'claire.martin', name: 'Claire Martin', email: 'claire.martin@relais-demo.fr', roles: ['rep'], teams: ['nord'] };
const MEDIA = ['email', 'meeting', 'phone', 'face-to-face'] as const;

/** A client with a long history, written through the same use cases the API runs. */
const seedBigClient = async (deps: Parameters<typeof logInteraction>[0], interactions: number, people: number): Promise<string> => {
  const org = await createTier(deps, CLAIRE, {
    kind: 'organisation',
    names: [{ type: 'legal', value: 'Brasseries du Septentrion SA' }, { type: 'commercial', value: 'Septentrion' }],
    siren: '552081317',
    lifecycle: 'client',
    addresses: [{ kind: 'geographic', lines: ['1 place du Général de Gaulle'], postcode: '59800', city: 'Lille', coordinates: { lat: 50.6367, lon: 3.0635 } }],
  });
  const orgId = org.value.id;
  await timeMany(people, 16, (i) =>
    createTier(deps, CLAIRE, {
      kind: 'person', civility: i % 2 ? 'M.' : 'Mme', firstName: `Contact${i}`, lastName: 'Septentrion',
      emails: [`contact${i}@septentrion.example`], jobTitle: 'Acheteur', referenceFunction: 'buyer', organisationId: orgId,
    }),
  );
  const start = Date.UTC(2018, 0, 1);
  await timeMany(interactions, 24, (i) =>
    logInteraction(deps, CLAIRE, {
      direction: i % 2 ? 'inbound' : 'outbound',
      medium: MEDIA[i % MEDIA.length],
      occurredAt: new Date(start + i * 3_600_000 * 7).toISOString(),
      subject: `Échange n°${i + 1}`,
      purpose: 'Suivi du compte',
      participants: [{ tierId: orgId }],
    }),
  );
  return orgId;
};

/**
 * Time from navigation to the client card's first meaningful paint (its `relais:card-painted`
 * mark: the card with its identity, facts, people and first timeline page on screen) in headless
 * Chromium, for a tier with `interactions` interactions and `people` people; and the initial
 * JavaScript of the card page, gzipped. Builds the pages and runs its own Azurite.
 */
export async function benchTabCard(options: TabCardBenchOptions = {}): Promise<object> {
  const interactions = options.interactions ?? 5000;
  const people = options.people ?? 500;
  const runs = options.runs ?? 7;
  const [azurite] = await Promise.all([startAzurite({ port: await freePort() }), buildWeb({ quiet: true })]);
  const app = await createAppFromEnv(readEnv({ RELAIS_STORAGE_CONNECTION_STRING: azurite.connectionString, RELAIS_TABLE_PREFIX: 'benchtab' }));
  const server = serveHttp(app, routeTable, [staticPageHandler(WEB_DIR)]);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const seedStart = performance.now();
    const tierId = await seedBigClient(app.deps, interactions, people);
    const seedMs = Math.round(performance.now() - seedStart);
    const url = `${base}/tab/card?tierId=${tierId}&user=claire.martin@relais-demo.fr&lang=fr`;
    const paints: number[] = [];
    const ready: number[] = [];
    // The first run warms the API (token keys, table clients) and is left out of the figures.
    for (let run = 0; run <= runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(url);
      await page.getByTestId('timeline-entry').first().waitFor({ timeout: 60_000 });
      const wall = performance.now() - started;
      const mark = await page.evaluate(() => performance.getEntriesByName('relais:card-painted')[0]?.startTime ?? null);
      await context.close();
      if (run === 0) continue;
      ready.push(wall);
      if (mark !== null) paints.push(mark);
    }
    const js = readFileSync(join(WEB_DIR, 'assets', 'tab-card.js'));
    return {
      tier: { interactions, people },
      seedMs,
      firstMeaningfulPaintMs: percentiles(paints),
      navigationToTimelineVisibleMs: percentiles(ready),
      initialJs: { file: 'assets/tab-card.js', bytes: js.length, gzipBytes: gzipSync(js).length },
      targets: { firstMeaningfulPaintMs: 1000, initialJsGzipBytes: 250 * 1024 },
    };
  } finally {
    await browser.close();
    server.close();
    await azurite.stop();
  }
}

if (require.main === module) {
  benchTabCard()
    .then((report) => console.log(JSON.stringify(report, null, 2)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
