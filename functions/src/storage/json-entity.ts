import type { TableEntityResult } from '@azure/data-tables';

/**
 * A string property holds at most 32K UTF-16 characters; larger documents span several. An entity holds
 * at most 1 MiB: 16 chunks of 30,000 characters (2 bytes each) is 960 KB, with room for keys and extras.
 */
const CHUNK = 30_000;
const MAX_CHUNKS = 16;

export type JsonEntity = { partitionKey: string; rowKey: string } & Record<string, string | number | boolean>;

export const toEntity = (
  partitionKey: string,
  rowKey: string,
  value: unknown,
  extra: Record<string, string | number | boolean> = {},
): JsonEntity => {
  const json = JSON.stringify(value);
  const chunks = Math.ceil(json.length / CHUNK) || 1;
  // The keys stay out of the message: they may hold e-mails or phones, and messages reach the logs.
  if (chunks > MAX_CHUNKS) throw new Error(`An entity of ${chunks} chunks is too large to store (at most ${MAX_CHUNKS}).`);
  const entity: JsonEntity = { partitionKey, rowKey, ...extra, chunks };
  for (let i = 0; i < chunks; i += 1) entity[`data${i}`] = json.slice(i * CHUNK, (i + 1) * CHUNK);
  return entity;
};

export const fromEntity = <T>(entity: TableEntityResult<Record<string, unknown>>): T => {
  const chunks = Number(entity.chunks ?? 1);
  let json = '';
  for (let i = 0; i < chunks; i += 1) json += String(entity[`data${i}`] ?? '');
  return JSON.parse(json) as T;
};
