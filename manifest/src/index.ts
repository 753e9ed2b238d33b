export { type Env, MissingVariablesError, fillJson, fillText, findPlaceholders } from './fill-placeholders';
export {
  type Placeholder,
  type PlaceholderKind,
  checkPlaceholderValues,
  placeholders,
  sampleEnv,
} from './placeholders';
export { parseEnvFile, readEnvFile } from './env-file';
export { type Issue, formatIssue } from './checks/issue';
export {
  type FilledApp,
  type ValidationResult,
  MANIFEST_FILE,
  defaultManifestDir,
  validateManifestDir,
} from './validate-manifest';
export {
  type PackageOptions,
  type PackageResult,
  InvalidAppPackageError,
  defaultPackageFile,
  packageApp,
} from './package-app';
export { RIBBON_ICON_SOURCE_DIR, RIBBON_ICON_URL_PREFIX } from './checks/icons.check';
