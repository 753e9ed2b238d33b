export { ImportField, ImportMapping } from './import-mapping.schema';
export { legacyCrmMapping } from './legacy-mapping';
export type { ImportProblem, RowProblem } from './import-row';
export { runImport, type ImportOptions, type ImportRecord, type ImportSource } from './run-import.use-case';
export { REPORT_LIST_LIMIT, type ImportFileInfo, type ImportReport } from './import-report';
export { summarizeImport } from './import-summary';
