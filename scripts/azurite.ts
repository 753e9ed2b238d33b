import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { join } from 'node:path';

export type RunningAzurite = { connectionString: string; port: number; stop: () => Promise<void> };

/** Azurite's well-known development account (public, documented by Microsoft). */
const devAccount = 'devstoreaccount1';
const devKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export const azuriteConnectionString = (port: number): string =>
  `DefaultEndpointsProtocol=http;AccountName=${devAccount};AccountKey=${devKey};TableEndpoint=http://127.0.0.1:${port}/${devAccount};`;

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

/** Starts Azurite's Table service as a child process: in memory, or persisted in `location`. */
export const startAzurite = async (options: { port: number; location?: string }): Promise<RunningAzurite> => {
  const bin = join(require.resolve('azurite/package.json'), '..', 'dist', 'src', 'table', 'main.js');
  const args = [bin, '--tableHost', '127.0.0.1', '--tablePort', String(options.port), '--disableTelemetry', '--silent'];
  args.push(...(options.location ? ['--location', options.location] : ['--inMemoryPersistence']));
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`Azurite exited (${code}): ${output.trim()}`))),
  );
  // Only our own child's word counts: an open port may be another checkout's Azurite.
  const started = new Promise<void>((resolve) =>
    child.stdout?.on('data', () => output.includes('successfully started') && resolve()),
  );
  try {
    await Promise.race([started.then(() => waitForPort(options.port, 20000)), exited]);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    port: options.port,
    connectionString: azuriteConnectionString(options.port),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        // SIGINT is what Azurite answers by saving its data to disk and closing; SIGTERM loses the last seconds.
        child.kill('SIGINT');
        setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5000).unref();
      }),
  };
};
