import { odata, type TableClient } from '@azure/data-tables';
import type { Page } from '@relais/domain';

/** The partition keys holding a given row key: a cross-partition scan, for batch jobs only. */
export const listPartitions = async (client: TableClient, rowKey: string, limit: number, cursor?: string): Promise<Page<string>> => {
  const pages = client
    .listEntities({ queryOptions: { filter: odata`RowKey eq ${rowKey}`, select: ['PartitionKey'] } })
    .byPage({ maxPageSize: limit, continuationToken: cursor });
  const { value: page } = await pages.next();
  return { items: (page ?? []).map((e: { partitionKey?: string }) => e.partitionKey ?? ''), nextCursor: page?.continuationToken ?? null };
};
