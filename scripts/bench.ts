import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { createAppFromEnv } from '../functions/src/composition-root';
import { readEnv } from '../functions/src/config';
import { routeTable } from '../functions/src/http/route-table';
import { serveHttp } from '../functions/src/local-host/serve-http';
import { startAzurite } from './azurite';
import { benchAddinPane } from './bench/addin-pane.bench';
import { benchApiLatency } from './bench/api-latency.bench';
import { benchBackground } from './bench/background.bench';
import { benchCsvStream } from './bench/csv-stream.bench';
import { benchErasure } from './bench/erasure.bench';
import { benchImportSpeed } from './bench/import-speed.bench';
import { benchInsight } from './bench/insight.bench';
import { benchMatchLatency } from './bench/match-latency.bench';
import { matchingQuality } from './bench/matching-quality';
import { benchSuggestions } from './bench/suggestions.bench';
import { benchTabCard } from './bench/tab-card.bench';
import { freePort } from './free-port';

/**
 * `npm run bench [-- --tiers 10000 --interactions 20000 --samples 300 --match-tiers 100000 --csv-megabytes 50 --import-megabytes 50 --erasure-tiers 1000 --erasure-sizes 10000,100000 --queue-tiers 200 --only api,queue,matching,insight,import,erasure,addin,tabs,suggestions]`: seeds an in-memory
 * Azurite through the use cases and prints one JSON document of measurements.
 */
const main = async () => {
  const { values } = parseArgs({
    options: { tiers: { type: 'string', default: '10000' }, interactions: { type: 'string', default: '20000' }, samples: { type: 'string', default: '300' }, only: { type: 'string' },
      'insight-tiers': { type: 'string', default: '100000' }, 'insight-interactions': { type: 'string', default: '1000000' },
      'match-tiers': { type: 'string', default: '100000' }, 'csv-megabytes': { type: 'string', default: '50' }, 'import-megabytes': { type: 'string', default: '50' },
      'erasure-tiers': { type: 'string', default: '1000' }, 'erasure-sizes': { type: 'string', default: '10000,100000' }, 'queue-tiers': { type: 'string', default: '200' },
    },
  });
  const azurite = await startAzurite({ port: await freePort() });
  const tablePrefix = 'bench';
  // One bench user sends thousands of requests a minute: the per-user rate limit is off here.
  const app = await createAppFromEnv(
    readEnv({ RELAIS_STORAGE_CONNECTION_STRING: azurite.connectionString, RELAIS_TABLE_PREFIX: tablePrefix, RELAIS_RATE_LIMIT_PER_MINUTE: '0' }),
  );
  const server = serveHttp(app, routeTable);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = await app.services.issueDevToken!({ userId: 'bench', name: 'Bench', roles: ['rep'], teams: ['bench'] });
  const http = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    // Read a copy: the timing includes the whole body, and a section may still parse the answer.
    await response.clone().arrayBuffer();
    if (response.status >= 400) throw new Error(`${method} ${path} → ${response.status}`);
    return response;
  };
  const sections: Record<string, () => Promise<unknown>> = {
    api: () =>
      benchApiLatency(app, http, {
        tiers: Number(values.tiers), interactions: Number(values.interactions), samples: Number(values.samples),
        connectionString: azurite.connectionString, tablePrefix,
      }),
    // A logging with its fan-out queued (the worker in the same process), the card, and the queue's lag; its own tables (--queue-tiers).
    queue: () => benchBackground({ tiers: Number(values['queue-tiers']), samples: Number(values.samples), connectionString: azurite.connectionString }),
    // Its own tables and scale (--insight-tiers, --insight-interactions): summaries and aggregates are seeded directly.
    insight: () =>
      benchInsight({
        tiers: Number(values['insight-tiers']), interactions: Number(values['insight-interactions']), reps: 100, samples: 100,
        connectionString: azurite.connectionString,
      }),
    // The engine's quality on the labelled pairs and the legacy export, and match latency at --match-tiers tiers.
    matching: async () => ({
      quality: await matchingQuality(),
      latency: await benchMatchLatency(app, http, {
        tiers: Number(values['match-tiers']), samples: Number(values.samples), connectionString: azurite.connectionString, tablePrefix,
      }),
    }),
    // Reading and validating a big legacy export (rows per second, the heap it takes); importing the legacy
    // export and a --import-megabytes export into Azurite, beside raw batched inserts of as many entities.
    import: async () => ({
      reading: await benchCsvStream({ megabytes: Number(values['csv-megabytes']) }),
      writing: await benchImportSpeed({ connectionString: azurite.connectionString, megabytes: Number(values['import-megabytes']) }),
    }),
    // GDPR erasure of one person with the same mentions on bases of growing size, on its own tables (--erasure-tiers, --erasure-sizes).
    erasure: () =>
      benchErasure({ tiers: Number(values['erasure-tiers']), sizes: values['erasure-sizes'].split(',').map(Number), connectionString: azurite.connectionString }),
    // The clients in headless Chromium; each runs its own Azurite and builds its pages.
    addin: () => benchAddinPane(),
    tabs: () => benchTabCard(),
    // Suggested logs with the local Graph: notification → listed p95, and Graph calls and storage operations per message, for 1,000 reps.
    suggestions: () => benchSuggestions({ samples: Math.min(Number(values.samples), 100), connectionString: azurite.connectionString, messagesPerDay: 60 }),
  };
  const report: Record<string, unknown> = { node: process.version, startedAt: new Date().toISOString() };
  try {
    for (const [name, run] of Object.entries(sections)) if (!values.only || values.only.split(',').includes(name)) report[name] = await run();
  } finally {
    server.close();
    await azurite.stop();
  }
  console.log(JSON.stringify(report, null, 2));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
