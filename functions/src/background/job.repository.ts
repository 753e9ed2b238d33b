import { odata } from '@azure/data-tables';
import type { Job, JobStore } from '@relais/domain';
import { fromEntity, toEntity } from '../storage/json-entity';
import { encodeKey, prefixEnd } from '../storage/keys';
import { mapWriteError, readOrUndefined } from '../storage/storage-errors';
import type { TableSet } from '../storage/table-set';

const ROW = 'job';
/** A binary property holds at most 64 KiB and an entity 1 MiB: 15 pieces of 60 KiB per row, with room for the keys. */
const PIECE = 60 * 1024;
const PIECES_PER_ROW = 15;
const ROW_BYTES = PIECE * PIECES_PER_ROW;

type DataRow = { partitionKey: string; rowKey: string; pieces: number } & Record<string, unknown>;

const rowKeyOf = (name: string, part: number) => `${encodeKey(name)}~${String(part).padStart(5, '0')}`;

const rowsOf = (jobId: string, name: string, bytes: Uint8Array): DataRow[] => {
  const rows: DataRow[] = [];
  for (let start = 0, part = 0; start < bytes.length || part === 0; start += ROW_BYTES, part += 1) {
    const slice = bytes.subarray(start, start + ROW_BYTES);
    const row: DataRow = { partitionKey: jobId, rowKey: rowKeyOf(name, part), pieces: Math.ceil(slice.length / PIECE) };
    for (let i = 0; i < row.pieces; i += 1) row[`p${i}`] = slice.subarray(i * PIECE, (i + 1) * PIECE);
    rows.push(row);
  }
  return rows;
};

/**
 * Jobs in a table, one partition each, guarded by ETags. What is too large for a job's record (an
 * uploaded file, a large result, a running report) sits in its own partition of `JobData`, a
 * document per name cut into rows of binary pieces, read back in row order.
 */
export const createJobRepository = (tables: TableSet): JobStore => {
  const table = () => tables.table('Jobs');
  const data = () => tables.table('JobData');
  const readRows = async function* (jobId: string, name: string): AsyncGenerator<Uint8Array> {
    const prefix = `${encodeKey(name)}~`;
    const rows = (await data()).listEntities<DataRow>({
      queryOptions: { filter: odata`PartitionKey eq ${jobId} and RowKey ge ${prefix} and RowKey lt ${prefixEnd(prefix)}` },
    });
    for await (const row of rows) for (let i = 0; i < Number(row.pieces); i += 1) yield row[`p${i}`] as Uint8Array;
  };
  return {
    create: async (job) => (await (await table()).createEntity(toEntity(job.id, ROW, job))).etag ?? '',
    get: async (id) => {
      const client = await table();
      const entity = await readOrUndefined(() => client.getEntity(id, ROW));
      return entity ? { value: fromEntity<Job>(entity), etag: entity.etag } : undefined;
    },
    save: async (job, etag) => {
      try {
        return (await (await table()).updateEntity(toEntity(job.id, ROW, job), 'Replace', { etag })).etag ?? '';
      } catch (error) {
        return mapWriteError(error, 'job');
      }
    },
    // Documents are written once per name (a chunk's report has its own name), so rows never mix two versions.
    putData: async (jobId, name, bytes) => {
      const client = await data();
      await Promise.all(rowsOf(jobId, name, bytes).map((row) => client.upsertEntity(row, 'Replace')));
    },
    readData: async (jobId, name) => {
      const parts: Uint8Array[] = [];
      let found = false;
      for await (const part of readRows(jobId, name)) {
        found = true;
        parts.push(part);
      }
      return found ? new Uint8Array(Buffer.concat(parts)) : undefined;
    },
    openData: (jobId, name) => ({ [Symbol.asyncIterator]: () => readRows(jobId, name) }),
  };
};
