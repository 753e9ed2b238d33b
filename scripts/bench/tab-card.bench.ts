import { createTier, type Caller, type Deps, type Medium, type TimelineEntry } from '@relais/domain';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { createAppFromEnv } from '../../functions/src/composition-root';
import { readEnv } from '../../functions/src/config';
import { routeTable } from '../../functions/src/http/route-table';
import { staticPageHandler } from '../../functions/src/local-host/page-handler';
import { serveHttp } from '../../functions/src/local-host/serve-http';
import { startAzurite } from '../azurite';
import { launchChromium } from '../chromium';
import { freePort } from '../free-port';
import { buildWeb, WEB_DIR } from '../web/build-web';
import { webPages } from '../web/web-pages';
import { coldContext, MOBILE_NETWORK, scriptTransfer, sentBytes, throttleToMobile, type Encoding } from './page-weight';
import { percentiles, timeMany } from './percentiles';

export type TabCardBenchOptions = { interactions?: number; people?: number; runs?: number };

const CLAIRE: Caller = {
  userId: 'claire.martin',
  name: 'Claire Martin',
  email: 'claire.martin@relais-demo.fr',
  roles: ['rep'],
  teams: ['nord'],
};
const MEDIA: Medium[] = ['email', 'meeting', 'phone', 'face-to-face'];
const FIRST = [
  'Anne',
  'Paul',
  'Claire',
  'Louis',
  'Julie',
  'Marc',
  'Sophie',
  'Hugo',
  'Emma',
  'Théo',
  'Léa',
  'Nathan',
  'Chloé',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
];
const DAY_MS = 86_400_000;

const progress = (line: string) => process.stderr.write(`tab-card bench: ${line}\n`);

/** Writers losing an ETag race on a shared row (the rep's day, the tier's summary) start again. */
const retried = async <T>(run: () => Promise<T>, attempts = 6): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || (error as { code?: string }).code !== 'CONCURRENCY.STALE') throw error;
    }
  }
};

/**
 * A client with a long history. The organisation and its people go through the use cases the API
 * runs; the interactions go straight into the tier's timeline index through the store port, which
 * is all the card reads of them (logging thousands through the use case on one tier measures the
 * log, not the card).
 */
const seedBigClient = async (deps: Deps, interactions: number, people: number): Promise<string> => {
  const org = await createTier(deps, CLAIRE, {
    kind: 'organisation',
    names: [
      { type: 'legal', value: 'Brasseries du Septentrion SA' },
      { type: 'commercial', value: 'Septentrion' },
    ],
    siren: '552081317',
    lifecycle: 'client',
    addresses: [
      {
        kind: 'geographic',
        lines: ['1 place du Général de Gaulle'],
        postcode: '59800',
        city: 'Lille',
        coordinates: { lat: 50.6367, lon: 3.0635 },
      },
    ],
  });
  const orgId = org.value.id;
  await timeMany(people, 8, (i) =>
    retried(() =>
      createTier(
        deps,
        CLAIRE,
        {
          kind: 'person',
          civility: i % 2 ? 'M.' : 'Mme',
          firstName: FIRST[i % FIRST.length],
          lastName: `${LAST[Math.floor(i / FIRST.length) % LAST.length]}-${i}`,
          emails: [`contact${i}@septentrion.example`],
          jobTitle: 'Acheteur',
          referenceFunction: 'buyer',
          organisationId: orgId,
        },
        // Namesakes among hundreds of people are expected here; deduplication is not what is measured.
        { confirm: 'distinct', idempotencyKey: `bench-tab-person-${i}` },
      ),
    ),
  );
  progress(`${people} people created`);
  const newest = Date.now() - DAY_MS;
  await timeMany(interactions, 32, async (i) => {
    const entry: TimelineEntry = {
      interactionId: `bench${String(i).padStart(6, '0')}`,
      occurredAt: new Date(newest - i * DAY_MS).toISOString(),
      direction: i % 2 ? 'inbound' : 'outbound',
      medium: MEDIA[i % MEDIA.length]!,
      subject: `Échange n°${interactions - i}`,
      purpose: 'Suivi du compte',
      outcome: i % 3 ? null : 'Relance prévue',
      performedBy: CLAIRE.userId,
      performedByName: CLAIRE.name,
      participants: [{ tierId: orgId, name: 'Septentrion' }],
      taskIds: [],
    };
    await deps.tiers.putTimeline(orgId, entry);
  });
  progress(`${interactions} timeline entries written`);
  return orgId;
};

type Load = {
  paint: number | null;
  visible: number;
  mainThreadCpuMs: number;
  phases: Record<string, number>;
};

/**
 * The renderer's main-thread CPU time, from Chromium's own counters: unlike wall time it does not
 * grow when other processes compete for the machine.
 */
const mainThreadCpu = async (cdp: CDPSession): Promise<number> => {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
};

/** One navigation to the card, timed from the page's own marks and resource timings. */
const loadCard = async (page: Page, url: string): Promise<Load> => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpuBefore = await mainThreadCpu(cdp);
  const started = performance.now();
  await page.goto(url);
  await page.getByTestId('timeline-entry').first().waitFor({ timeout: 60_000 });
  const visible = performance.now() - started;
  const mainThreadCpuMs = (await mainThreadCpu(cdp)) - cpuBefore;
  await cdp.detach();
  // A string, not a function: the bench runs under tsx, whose helpers do not exist in the page.
  const marks = (await page.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const resource = (part) => performance.getEntriesByType('resource').find((r) => r.name.includes(part))?.responseEnd ?? NaN;
    return { paint: at('relais:card-painted'), scriptLoaded: resource('/assets/tab-card-'), booted: at('relais:boot'),
      session: at('relais:session'), cardResponse: resource('/card') };
  })()`)) as Record<string, number>;
  const { paint, ...phases } = marks;
  return { paint: Number.isNaN(paint) ? null : paint!, visible, mainThreadCpuMs, phases };
};

const summarize = (loads: Load[]) => ({
  firstMeaningfulPaintMs: percentiles(loads.flatMap((l) => (l.paint === null ? [] : [l.paint]))),
  gotoToTimelineVisibleMs: percentiles(loads.map((l) => l.visible)),
  mainThreadCpuMs: percentiles(loads.map((l) => l.mainThreadCpuMs)),
  // Where the paint's time goes, from navigation start: script downloaded, evaluated, signed in, card data in.
  phasesP50Ms: Object.fromEntries(
    Object.keys(loads[0]?.phases ?? {}).map((phase) => [
      phase,
      percentiles(loads.map((l) => l.phases[phase]!)).p50,
    ]),
  ),
});

/** Cold loads on a mobile line, the card's script compressed as served or, as the floor it beats, uncompressed. */
const mobileColdLoads = async (browser: Browser, url: string, encoding: Encoding, runs: number) => {
  const loads: Load[] = [];
  let received: number | undefined;
  for (let run = 0; run < runs; run += 1) {
    const context = await coldContext(browser, encoding, { width: 1280, height: 900 });
    const page = await context.newPage();
    await throttleToMobile(page);
    loads.push(await loadCard(page, url));
    received = ((await page.evaluate(scriptTransfer('/assets/tab-card-'))) as { encodedBytes: number } | undefined)?.encodedBytes;
    await context.close();
  }
  return {
    firstMeaningfulPaintMs: percentiles(loads.flatMap((l) => (l.paint === null ? [] : [l.paint]))),
    scriptBytesReceived: received,
  };
};

/**
 * Time from navigation to the client card's first meaningful paint (its `relais:card-painted`
 * mark: identity, facts, people and the first timeline page on screen) in headless Chromium, for a
 * client with `interactions` interactions (and `people` people), cold (a fresh browser profile
 * each time) and warm (the tab opened again: HTTP and compiled-code caches kept); the card API's own
 * time; the same cold load on a mobile network, compressed and uncompressed; and the card page's
 * initial JavaScript as stored and as sent (brotli, gzip). Builds the page, runs its own Azurite.
 */
export async function benchTabCard(options: TabCardBenchOptions = {}): Promise<object> {
  const interactions = options.interactions ?? 5000;
  const people = options.people ?? 0;
  const runs = options.runs ?? 7;
  // Only the card page is built: a page elsewhere being edited cannot stop this bench.
  const cardPage = webPages.filter((p) => p.route === '/tab/card');
  const [azurite] = await Promise.all([
    startAzurite({ port: await freePort() }),
    buildWeb({ quiet: true, pages: cardPage }),
  ]);
  const app = await createAppFromEnv(
    readEnv({ RELAIS_STORAGE_CONNECTION_STRING: azurite.connectionString, RELAIS_TABLE_PREFIX: 'benchtab' }),
  );
  const server = serveHttp(app, routeTable, [staticPageHandler(WEB_DIR)]);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const seedStart = performance.now();
    const tierId = await seedBigClient(app.deps, interactions, people);
    const seedMs = Math.round(performance.now() - seedStart);
    // The API's share of the paint: the card request alone, as the page makes it (the first one warms up).
    const caller = { userId: CLAIRE.userId, name: CLAIRE.name, roles: CLAIRE.roles, teams: CLAIRE.teams };
    const token = await app.services.issueDevToken!(caller);
    const cardApi = await timeMany(runs + 1, 1, async () => {
      const response = await fetch(`${base}/api/tiers/${tierId}/card`, {
        headers: { authorization: `Bearer ${token}`, 'accept-language': 'fr' },
      });
      if (!response.ok) throw new Error(`card: ${response.status}`);
      await response.arrayBuffer();
    });
    const url = `${base}/tab/card?tierId=${tierId}&user=claire.martin@relais-demo.fr&lang=fr`;
    const cold: Load[] = [];
    for (let run = 0; run <= runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const load = await loadCard(await context.newPage(), url);
      await context.close();
      // Run 0 warms the API (signing keys, table clients) and the browser; it is left out.
      if (run > 0) cold.push(load);
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const warm: Load[] = [];
    for (let run = 0; run <= runs; run += 1) {
      const load = await loadCard(page, url);
      if (run > 0) warm.push(load);
    }
    await context.close();
    const mobileRuns = Math.max(3, Math.ceil(runs / 2));
    const mobileCompressed = await mobileColdLoads(browser, url, 'negotiated', mobileRuns);
    const mobileUncompressed = await mobileColdLoads(browser, url, 'identity', mobileRuns);
    const entry = /<script src="(\/assets\/[^"]+)"/.exec((await (await fetch(`${base}/tab/card`)).text()))![1]!;
    return {
      client: { interactions, people },
      seedMs,
      cold: summarize(cold),
      warm: summarize(warm),
      cardApiMs: percentiles(cardApi.slice(1)),
      coldMobileNetwork: { network: MOBILE_NETWORK, compressed: mobileCompressed, uncompressed: mobileUncompressed },
      initialJs: {
        ...(await sentBytes(base, entry)),
        note: 'bytes: the file as stored (the floor compression is measured against); brBytes/gzipBytes: as sent to a client accepting that encoding.',
      },
      targets: { firstMeaningfulPaintMs: 1000, initialJsSentBytes: 250 * 1024 },
    };
  } finally {
    await browser.close();
    server.close();
    await azurite.stop();
  }
}

if (require.main === module) {
  const { values } = parseArgs({
    options: { interactions: { type: 'string' }, people: { type: 'string' }, runs: { type: 'string' } },
  });
  const number = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  benchTabCard({
    interactions: number(values.interactions),
    people: number(values.people),
    runs: number(values.runs),
  })
    .then((report) => console.log(JSON.stringify(report, null, 2)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
