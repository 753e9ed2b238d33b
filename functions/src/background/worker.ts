import { runDelivery, sweepPending, type BackgroundPorts, type Deps, type WorkLane } from '@relais/domain';
import type { QueueSet, ReceivedMessage } from './queue-set';

export type WorkerOptions = {
  /** Longest wait between two polls of an empty queue. */
  idlePollMs: number;
  /** How often the sweep looks for work whose message was lost (the Azure timer's schedule, locally). */
  sweepMs: number;
  log?: (message: string, error?: unknown) => void;
};

export type Worker = {
  /** Resolves once every queue is empty and nothing is being handled (delayed retries included). */
  drain: (timeoutMs?: number) => Promise<void>;
  /** Stops polling; deliveries under way finish (a message not deleted comes back after its invisibility). */
  stop: () => Promise<void>;
  sweep: () => Promise<void>;
};

/** How long a received message stays hidden from other workers: longer than a chunk's budget, with room. */
const VISIBILITY_SECONDS: Record<WorkLane, number> = { work: 30, jobs: 90 };
const BATCH: Record<WorkLane, number> = { work: 16, jobs: 4 };
const FIRST_IDLE_MS = 10;

/**
 * The local stand-in for the Functions host's queue triggers and timer: polls both queues, runs each
 * message through the same `runDelivery` as Azure, deletes it once handled, and sweeps on a timer.
 * A message whose deliveries keep dying before they finish (the process killed, a hang) comes back
 * with a growing dequeue count, and is parked past the retries.
 */
export const startWorker = (deps: Deps & { background: BackgroundPorts }, queues: QueueSet, options: WorkerOptions): Worker => {
  const log = options.log ?? ((message, error) => console.error(`[relais worker] ${message}`, error ?? ''));
  let active = true;
  let inFlight = 0;
  const wakers = new Map<WorkLane, () => void>();
  queues.onSent((lane) => wakers.get(lane)?.());

  const sleep = (lane: WorkLane, ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        if (wakers.get(lane) === done) wakers.delete(lane);
        resolve();
      }
      wakers.set(lane, done);
    });

  const deliver = async (lane: WorkLane, message: ReceivedMessage) => {
    inFlight += 1;
    try {
      if (message.dequeueCount > deps.background.settings.maxAttempts + 1)
        await deps.background.deadLetters.park({
          id: message.id, parkedAt: deps.clock.now(), attempts: message.dequeueCount, lane, message: message.body,
          error: 'Every delivery stopped before it finished (the worker died or timed out while handling it).',
        });
      else await runDelivery(deps, lane, message.body, message.id);
      await queues.remove(lane, message);
    } catch (error) {
      log(`delivery ${message.id} on ${lane} left for redelivery`, error);
    } finally {
      inFlight -= 1;
    }
  };

  // Each lane keeps up to BATCH deliveries in flight and receives more as they end: a slow chunk never holds up the others.
  const poll = async (lane: WorkLane) => {
    let idle = FIRST_IDLE_MS;
    const running = new Set<Promise<void>>();
    while (active) {
      try {
        if (running.size >= BATCH[lane]) {
          await Promise.race(running);
          continue;
        }
        const messages = await queues.receive(lane, BATCH[lane] - running.size, VISIBILITY_SECONDS[lane]);
        if (messages.length === 0) {
          await Promise.race([sleep(lane, idle), ...running]);
          idle = Math.min(idle * 2, options.idlePollMs);
          continue;
        }
        idle = FIRST_IDLE_MS;
        for (const message of messages) {
          const delivery = deliver(lane, message).finally(() => running.delete(delivery));
          running.add(delivery);
        }
      } catch (error) {
        if (!active) break;
        log(`polling ${lane} failed`, error);
        await sleep(lane, options.idlePollMs);
      }
    }
    await Promise.all(running);
  };

  // One sweep at a time: a slow one is not joined by the next tick's.
  let sweeping: Promise<void> | undefined;
  const sweep = () =>
    (sweeping ??= sweepPending(deps)
      .then(() => undefined)
      .catch((error: unknown) => log('sweep failed', error))
      .finally(() => (sweeping = undefined)));
  const loops = [poll('work'), poll('jobs')];
  const sweeper = setInterval(() => void sweep(), options.sweepMs);
  sweeper.unref();

  return {
    sweep,
    drain: async (timeoutMs = 60_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [work, jobs] = await Promise.all([queues.depth('work'), queues.depth('jobs')]);
        if (work === 0 && jobs === 0 && inFlight === 0) return;
        if (Date.now() > deadline) throw new Error(`The queues did not drain within ${timeoutMs} ms (work ${work}, jobs ${jobs}, in flight ${inFlight}).`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    stop: async () => {
      active = false;
      clearInterval(sweeper);
      [...wakers.values()].forEach((wake) => wake());
      await Promise.all(loops);
    },
  };
};
