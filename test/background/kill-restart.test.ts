import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type TestApi } from '../support/api-harness';
import { create, interaction, organisation, person } from '../support/factories';

const LEGACY = readFileSync(join(__dirname, '..', 'fixtures', 'legacy', 'legacy-crm-export.csv')).toString('latin1').split('\n');
const FILE = Buffer.from(`${LEGACY.slice(0, 41).join('\n')}\n`, 'latin1');
const SIRETS = LEGACY.slice(1, 41).map((line) => line.split(';')[2]!).filter((s) => /^\d{14}$/.test(s));

type Relais = { child: ChildProcess; base: string };

/** A separate Relais process on the test's storage, killed for real (SIGKILL) when the test says so. */
const spawnRelais = (prefix: string, role: 'api' | 'worker'): Promise<Relais> =>
  new Promise((resolve, reject) => {
    // tsx as a loader in the process itself (its CLI would run the script in a grandchild a kill would miss).
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'support', 'relais-process.ts')], {
      env: {
        ...process.env,
        RELAIS_STORAGE_CONNECTION_STRING: process.env.RELAIS_TEST_STORAGE,
        RELAIS_TABLE_PREFIX: prefix,
        RELAIS_DEV_KEY_FILE: join(tmpdir(), 'relais-test-keys', `${prefix}.json`),
        RELAIS_ROLE: role,
        RELAIS_PENDING_STALE_MS: '5000',
        RELAIS_SWEEP_INTERVAL_MS: '1000',
        RELAIS_WORKER_IDLE_POLL_MS: '50',
        RELAIS_QUEUE_BACKOFF_MS: '1000',
        RELAIS_IMPORT_CHUNK_ROWS: '10',
        RELAIS_JOB_LEASE_MS: '8000',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      const ready = /READY (\d+)/.exec(chunk.toString());
      if (ready) resolve({ child, base: `http://127.0.0.1:${ready[1]}` });
    });
    child.once('exit', (code) => reject(new Error(`relais ${role} exited (${code}) before it was ready`)));
  });

const kill = (relais: Relais) =>
  new Promise<void>((resolve) => {
    if (relais.child.exitCode !== null || relais.child.signalCode) return resolve();
    relais.child.once('exit', () => resolve());
    relais.child.kill('SIGKILL');
  });

const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 90_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms (jobs: ${JSON.stringify(await jobStates())})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

let observer: TestApi;
const children: Relais[] = [];
let jobIds: string[] = [];
const jobStates = async () =>
  Promise.all(jobIds.map(async (id) => (({ status, chunk, progress, error }) => ({ status, chunk, progress, error }))((await observer.app.deps.background!.jobs.get(id))!.value)));
afterAll(async () => {
  await Promise.all(children.map(kill));
  await observer?.stop();
});

it('killing the API and the worker mid-burst (loggings, an import, an erasure): after a restart all completes, nothing lost or doubled', async () => {
  // The observer serves HTTP and reads the stores, but runs no worker: only the killed and restarted processes work.
  observer = await startApi({ RELAIS_ROLE: 'api' });
  const prefix = observer.app.stores.tables.prefix;
  const [rep, steward] = await Promise.all([
    observer.tokenFor({ userId: 'rep-kill', name: 'Killian Rep', roles: ['rep'], teams: ['north'] }),
    observer.tokenFor({ userId: 'st-kill', name: 'Stella Steward', roles: ['steward'], teams: ['north'] }),
  ]);
  const org = await create(observer, rep, organisation());
  const who = await create(observer, rep, person({ lastName: 'Disparaît' }));
  expect((await observer.call('POST', '/api/interactions', { token: rep, body: interaction([who.id, org.id], { subject: 'Avant la panne' }) })).status).toBe(201);

  const [api, worker] = await Promise.all([spawnRelais(prefix, 'api'), spawnRelais(prefix, 'worker')]);
  children.push(api, worker);
  const post = (base: string, path: string, init: { token: string; body?: unknown; raw?: Buffer; type?: string }) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${init.token}`, 'content-type': init.type ?? 'application/json' },
      body: init.raw ? new Uint8Array(init.raw) : JSON.stringify(init.body),
    });
  const importing = await post(api.base, '/api/imports', { token: steward, raw: FILE, type: 'text/csv' });
  const erasing = await post(api.base, `/api/persons/${who.id}/erase`, { token: steward });
  expect([importing.status, erasing.status]).toEqual([202, 202]);
  const [importJob, erasureJob] = [(await importing.json()) as { id: string }, (await erasing.json()) as { id: string }];
  jobIds = [importJob.id, erasureJob.id];

  const sources = Array.from({ length: 20 }, (_, i) => `<burst-${i}@client.fr>`);
  const logging = (base: string, source: string) =>
    post(base, '/api/interactions', { token: rep, body: interaction([org.id], { source: { kind: 'email', id: source }, subject: source, tasks: [{ title: `Suite ${source}` }] }) });
  let answered = 0;
  const first = sources.map((source) =>
    logging(api.base, source).then(
      (r) => ((answered += 1), r.status),
      () => 'cut' as const,
    ),
  );
  await until('some loggings answered', async () => answered >= 5);
  await kill(api); // mid-burst: some requests answered, some cut before, between or after their writes
  await until('the import under way', async () => ((await observer.app.deps.background!.jobs.get(importJob.id))?.value.chunk ?? 0) >= 1, 120_000);
  await kill(worker); // mid-chunk of the import, perhaps mid-erasure or mid-completion
  const outcomes = await Promise.all(first);

  const [api2, worker2] = await Promise.all([spawnRelais(prefix, 'api'), spawnRelais(prefix, 'worker')]);
  children.push(api2, worker2);
  // A client whose request was cut sends it again: logging is idempotent on its source.
  const retried = await Promise.all(sources.map(async (source, i) => (outcomes[i] === 'cut' ? (await logging(api2.base, source)).status : outcomes[i])));
  expect(retried.filter((s) => s !== 201 && s !== 200)).toEqual([]);

  const { pending, jobs } = observer.app.deps.background!;
  const far = '9999-12-31T00:00:00.000Z';
  await until('everything completed by itself', async () => {
    const [markers, jobMarkers, imported, erased] = await Promise.all([
      pending.stale('interaction', far, 100), pending.stale('job', far, 100), jobs.get(importJob.id), jobs.get(erasureJob.id),
    ]);
    return markers.length === 0 && jobMarkers.length === 0 && imported?.value.status === 'succeeded' && erased?.value.status === 'succeeded';
  });

  // Loggings: each source once, on the timeline once, its task once, counted once.
  const timeline = await observer.call('GET', `/api/tiers/${org.id}/timeline?limit=100`, { token: rep });
  const subjects = timeline.body.items.map((e: { subject: string }) => e.subject).sort();
  expect(subjects).toEqual([...sources, 'Avant la panne'].sort());
  const tasks = await observer.call('GET', '/api/tasks?assignee=me&limit=200', { token: rep });
  expect(tasks.body.items.map((t: { title: string }) => t.title).sort()).toEqual(sources.map((s) => `Suite ${s}`).sort());
  const summary = await observer.app.deps.insight!.summaries.read(org.id);
  expect(summary.value!.activity.recent).toHaveLength(sources.length + 1);

  // The import: every row read once, each SIRET one organisation.
  const imported = await observer.call('GET', `/api/jobs/${importJob.id}`, { token: steward });
  expect(imported.body.result.rows.read).toBe(40);
  for (const siret of SIRETS.slice(0, 8)) expect((await observer.call('GET', `/api/tiers?q=${siret}`, { token: steward })).body.items).toHaveLength(1);

  // The erasure: the person is gone from reads and searches (no index entry points at her any more).
  expect((await observer.call('GET', `/api/tiers/${who.id}`, { token: steward })).status).toBe(410);
  expect((await observer.call('GET', '/api/tiers?q=disparait', { token: steward })).body.items).toEqual([]);
}, 420_000);
