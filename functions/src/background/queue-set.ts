import { QueueClient, QueueServiceClient } from '@azure/storage-queue';
import type { WorkEnvelope, WorkLane, WorkQueue } from '@relais/domain';
import { laneOf } from '@relais/domain';
import type { StorageConnection } from '../storage/storage-connection';

export type QueueConfig = { connection: StorageConnection; tablePrefix: string };

/** Queue names derive from the table prefix: one storage account can hold several Relais (and the tests' many). */
export const queueNameOf = (tablePrefix: string, lane: WorkLane): string => `${tablePrefix.toLowerCase()}-${lane}`;
export const poisonQueueNameOf = (tablePrefix: string, lane: WorkLane): string => `${queueNameOf(tablePrefix, lane)}-poison`;

export type ReceivedMessage = { id: string; popReceipt: string; dequeueCount: number; body: unknown };

/**
 * The two queues of Relais on Azure Queue Storage: `work` (a logging's fan-out) and `jobs` (long work,
 * a chunk per message). Messages are base64 JSON, as the Functions queue trigger reads them.
 */
export type QueueSet = WorkQueue & {
  receive: (lane: WorkLane, count: number, visibilitySeconds: number) => Promise<ReceivedMessage[]>;
  remove: (lane: WorkLane, message: ReceivedMessage) => Promise<void>;
  /** Messages in the lane, visible or not (delayed retries, deliveries under way): zero once drained. */
  depth: (lane: WorkLane) => Promise<number>;
  /** Told after each send from this process: a local worker wakes up at once instead of at its next poll. */
  onSent: (listener: (lane: WorkLane) => void) => void;
  client: (lane: WorkLane) => Promise<QueueClient>;
};

const encode = (envelope: WorkEnvelope): string => Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64');
const decode = (text: string): unknown => {
  try {
    return JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
  } catch {
    return text;
  }
};

export const createQueueSet = (config: QueueConfig): QueueSet => {
  const { connection } = config;
  // The same deadline as the tables: a storage that accepts connections and never answers does not hold a poll (or a stop) for long.
  const options = { retryOptions: { maxTries: 3, tryTimeoutInMs: Math.min(connection.timeoutMs, 10_000) } };
  const service =
    connection.kind === 'azurite'
      ? QueueServiceClient.fromConnectionString(connection.connectionString, options)
      : new QueueServiceClient(connection.queueEndpoint, connection.credential, options);
  const ready = new Map<WorkLane, Promise<QueueClient>>();
  const listeners: ((lane: WorkLane) => void)[] = [];
  const client = (lane: WorkLane): Promise<QueueClient> => {
    let found = ready.get(lane);
    if (!found) {
      const queue = service.getQueueClient(queueNameOf(config.tablePrefix, lane));
      found = queue.createIfNotExists().then(() => queue);
      found.catch(() => ready.delete(lane));
      ready.set(lane, found);
    }
    return found;
  };
  return {
    client,
    send: async (envelope, sendOptions) => {
      const lane = laneOf(envelope.message);
      // Queue Storage counts invisibility in whole seconds.
      const delay = Math.ceil((sendOptions?.delayMs ?? 0) / 1000);
      await (await client(lane)).sendMessage(encode(envelope), delay > 0 ? { visibilityTimeout: delay } : {});
      listeners.forEach((listener) => listener(lane));
    },
    receive: async (lane, count, visibilitySeconds) => {
      const received = await (await client(lane)).receiveMessages({ numberOfMessages: count, visibilityTimeout: visibilitySeconds });
      return received.receivedMessageItems.map((m) => ({ id: m.messageId, popReceipt: m.popReceipt, dequeueCount: m.dequeueCount, body: decode(m.messageText) }));
    },
    remove: async (lane, message) => {
      await (await client(lane)).deleteMessage(message.id, message.popReceipt);
    },
    depth: async (lane) => (await (await client(lane)).getProperties()).approximateMessagesCount ?? 0,
    onSent: (listener) => listeners.push(listener),
  };
};
