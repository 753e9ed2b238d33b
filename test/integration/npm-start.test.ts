import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite } from '../../scripts/azurite';
import { freePort } from '../../scripts/free-port';

/** Whether a loopback port can be bound, i.e. nobody (no leftover Azurite) holds it. */
const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/** `npm start` as a user runs it, with its data in a folder of its own; resolves when it exits. */
const npmStart = (env: Record<string, string>) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile('node_modules/.bin/tsx', ['scripts/start.ts'], { env: { ...process.env, ...env }, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: child.exitCode ?? (error ? 1 : 0), stdout, stderr }),
    );
  });

describe('npm start and its Azurite', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'relais-start-'));
  let foreign: Server;
  let foreignPort: number;
  let foreignConnections = 0;

  beforeAll(async () => {
    // Something else already on the port asked for: it looks open, but it is not ours.
    foreign = createServer((socket) => {
      foreignConnections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    foreignPort = (foreign.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => foreign.close(() => resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('never takes a port that answers for Azurite: only its own child\'s start counts', async () => {
    await expect(startAzurite({ port: foreignPort })).rejects.toThrow(/EADDRINUSE/);
    expect(foreignConnections).toBe(0);
  });

  it('starts its own Azurite on a free port when the one asked for is taken, and stops it when the start then fails', async () => {
    const result = await npmStart({
      RELAIS_AZURITE_PORT: String(foreignPort),
      RELAIS_DATA_DIR: dataDir,
      PORT: String(await freePort()),
      // Refused after Azurite is up: the start fails half-way.
      RELAIS_RATE_LIMIT_PER_MINUTE: '-1',
    });
    const announced = new RegExp(`Port ${foreignPort} is taken by another program: Azurite starts on (\\d+) instead`).exec(result.stdout);
    expect(announced).not.toBeNull();
    const ownPort = Number(announced![1]);
    expect(ownPort).not.toBe(foreignPort);
    expect(foreignConnections).toBe(0);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('RELAIS_RATE_LIMIT_PER_MINUTE');
    expect(await isFree(ownPort)).toBe(true);
  });

  it('refuses a port setting that is not a port, before starting anything', async () => {
    const result = await npmStart({ RELAIS_AZURITE_PORT: 'ten', RELAIS_DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('RELAIS_AZURITE_PORT: ten is not a port number.');
  });
});
