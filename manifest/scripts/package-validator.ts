import { AppManifestUtils } from '@microsoft/app-manifest';
import { loadOfficialSchema } from '../src/official-schema';

type PackageManifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];
type PackageSchema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;

/**
 * Second opinion from `AppManifestUtils.validateAgainstSchema`, the validator of the Microsoft 365
 * Agents Toolkit. It is given the bundled schema, so it never downloads one. Only the CLI uses it:
 * the package requires the ESM-only strip-bom, which tsx loads but jest (CommonJS) cannot.
 */
export const validateWithPackage = (manifest: Record<string, unknown>, version: string): Promise<string[]> =>
  AppManifestUtils.validateAgainstSchema(
    manifest as unknown as PackageManifest,
    loadOfficialSchema(version, 'manifest') as unknown as PackageSchema,
  );
