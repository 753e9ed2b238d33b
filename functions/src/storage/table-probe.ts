import { odata } from '@azure/data-tables';
import type { HealthProbe } from '../health/health-probe';
import type { TableSet } from './table-set';

/** The Table service answers a one-row query for our own tables (a data-plane call the app's role allows). */
export const tableProbe = (tables: TableSet): HealthProbe => ({
  name: 'tables',
  check: async () => {
    await tables.service
      .listTables({ queryOptions: { filter: odata`TableName ge ${tables.prefix} and TableName lt ${`${tables.prefix}~`}` } })
      .byPage({ maxPageSize: 1 })
      .next();
  },
});
