export { ImportField, ImportLayout, ImportMapping, ImportMappingPatch } from './import-mapping.schema';
export { legacyCrmMapping } from './legacy-mapping';
export { ImportPreset, presetMapping, vendorPresets } from './vendor-presets';
export { IMPORT_PROBLEM_CODES, describeImportProblem, type ImportProblem, type ImportProblemCode, type ReportedProblem, type RowProblem } from './import-problem';
export { IMPORT_BATCH_ROWS, runImport, runOfImport, type CsvProblemCode, type ImportColumns, type ImportOptions, type ImportRecord, type ImportRun, type ImportSource } from './run-import.use-case';
export { REPORT_LIST_LIMIT, wordItem, type ImportCounts, type ImportFileInfo, type ImportReport } from './import-report';
export { ImportId, ImportItem, ImportItemView, ImportItemsPage, ImportItemsQuery } from './import-item.schema';
export { summarizeImport } from './import-summary';
export { readOneLineAddress, type AddressParts, type AddressReading } from './one-line-address';
