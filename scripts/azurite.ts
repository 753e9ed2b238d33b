import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { freePort } from './free-port';

export type AzuritePorts = { table: number; queue: number };
export type RunningAzurite = { connectionString: string; port: number; ports: AzuritePorts; stop: () => Promise<void> };

/** Azurite's well-known development account (public, documented by Microsoft). */
const devAccount = 'devstoreaccount1';
const devKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** One account, two services: tables hold the data (and jobs' files), queues the background work. */
export const azuriteConnectionString = (ports: AzuritePorts): string =>
  `DefaultEndpointsProtocol=http;AccountName=${devAccount};AccountKey=${devKey};` +
  `TableEndpoint=http://127.0.0.1:${ports.table}/${devAccount};QueueEndpoint=http://127.0.0.1:${ports.queue}/${devAccount};`;

const waitForPort = async (port: number, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`Azurite did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

type Service = keyof AzuritePorts;

/** What each service prints once it listens: only our own child's word counts, an open port may be another checkout's Azurite. */
const readyLine: Record<Service, string> = { table: 'successfully started', queue: 'successfully listens' };

/** One Azurite service as a child process; it stops with a failed start. */
const startService = async (service: Service, port: number, location: string | undefined) => {
  const bin = join(require.resolve('azurite/package.json'), '..', 'dist', 'src', service, 'main.js');
  // The SDKs speak newer service versions than the pinned Azurite knows; the operations Relais uses are unchanged.
  const args = [bin, `--${service}Host`, '127.0.0.1', `--${service}Port`, String(port), '--disableTelemetry', '--silent', '--skipApiVersionCheck'];
  args.push(...(location ? ['--location', location] : ['--inMemoryPersistence']));
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`Azurite ${service} exited (${code}): ${output.trim()}`))));
  const started = new Promise<void>((resolve) => child.stdout?.on('data', () => output.includes(readyLine[service]) && resolve()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      // SIGINT is what Azurite answers by saving its data to disk and closing; SIGTERM loses the last seconds.
      child.kill('SIGINT');
      setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5000).unref();
    });
  await Promise.race([started.then(() => waitForPort(port, 60_000)), exited]).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return stop;
};

/**
 * Starts Azurite's Table and Queue services, side by side (two child processes started together):
 * in memory, or persisted in `location`. `port` is the Table service's; the queue takes a free port
 * unless given.
 */
export const startAzurite = async (options: { port: number; queuePort?: number; location?: string }): Promise<RunningAzurite> => {
  const ports: AzuritePorts = { table: options.port, queue: options.queuePort ?? (await freePort()) };
  if (ports.queue === ports.table) ports.queue = await freePort();
  const started = await Promise.allSettled([startService('table', ports.table, options.location), startService('queue', ports.queue, options.location)]);
  const stops = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(stops.map((stop) => stop()));
    throw failed.reason;
  }
  return { port: ports.table, ports, connectionString: azuriteConnectionString(ports), stop: async () => void (await Promise.all(stops.map((stop) => stop()))) };
};
