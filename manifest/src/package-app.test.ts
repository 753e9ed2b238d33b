import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { MissingVariablesError } from './fill-placeholders';
import { type ManifestCopy, copyManifestSources } from './manifest-copy.fixture';
import { InvalidAppPackageError, buildAppPackage, defaultPackageFile, packageApp } from './package-app';
import { asArray, asRecord } from './json-paths';

const env = {
  RELAIS_APP_ID: '0b6f3a52-47c1-4f7e-9d3a-1c2b3d4e5f60',
  RELAIS_HOST: 'relais-test.azurewebsites.net',
  RELAIS_BOT_ID: '1c7a4b63-58d2-4a8f-8e4b-2d3c4e5f6a71',
  AAD_APP_CLIENT_ID: '2d8b5c74-69e3-4b9a-9f5c-3e4d5f6a7b82',
  AAD_APP_RESOURCE: 'api://relais-test.azurewebsites.net/2d8b5c74-69e3-4b9a-9f5c-3e4d5f6a7b82',
};

describe('package the app', () => {
  let outDir: string;
  beforeEach(() => {
    outDir = mkdtempSync(join(tmpdir(), 'relais-package-'));
  });
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes a zip with the filled manifest, the French strings and both icons', async () => {
    const outFile = join(outDir, 'relais.zip');
    const result = await packageApp({ env, outFile });
    expect(result).toEqual({
      file: outFile,
      entries: ['manifest.json', 'fr-fr.json', 'color.png', 'outline.png'],
      bytes: expect.any(Number),
    });

    const zip = await JSZip.loadAsync(readFileSync(outFile));
    expect(Object.keys(zip.files).sort()).toEqual([
      'color.png',
      'fr-fr.json',
      'manifest.json',
      'outline.png',
    ]);

    const manifestText = await zip.file('manifest.json')!.async('string');
    expect(manifestText).not.toContain('${{');
    const manifest = JSON.parse(manifestText) as Record<string, unknown>;
    expect(manifest.id).toBe(env.RELAIS_APP_ID);
    expect(manifest.validDomains).toEqual([env.RELAIS_HOST]);
    expect(asRecord(asArray(manifest.bots)[0]).botId).toBe(env.RELAIS_BOT_ID);
    expect(manifest.webApplicationInfo).toEqual({
      id: env.AAD_APP_CLIENT_ID,
      resource: env.AAD_APP_RESOURCE,
      nestedAppAuthInfo: [
        {
          redirectUri: `brk-multihub://${env.RELAIS_HOST}`,
          scopes: [`${env.AAD_APP_RESOURCE}/access_as_user`],
        },
      ],
    });

    const french = JSON.parse(await zip.file('fr-fr.json')!.async('string')) as Record<string, string>;
    expect(french['extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label']).toBe(
      'Enregistrer dans le CRM',
    );

    const color = PNG.sync.read(await zip.file('color.png')!.async('nodebuffer'));
    const outline = PNG.sync.read(await zip.file('outline.png')!.async('nodebuffer'));
    expect([color.width, color.height, outline.width, outline.height]).toEqual([192, 192, 32, 32]);
  });

  it('produces the same bytes for the same inputs', async () => {
    const [first, second] = await Promise.all([buildAppPackage({ env }), buildAppPackage({ env })]);
    expect(first.zip.equals(second.zip)).toBe(true);
  });

  it('refuses to package with missing variables, naming all of them', async () => {
    const attempt = packageApp({ env: { RELAIS_HOST: env.RELAIS_HOST }, outFile: join(outDir, 'never.zip') });
    await expect(attempt).rejects.toThrow(MissingVariablesError);
    await expect(attempt).rejects.toThrow(
      'Missing environment variables for the manifest: AAD_APP_CLIENT_ID, AAD_APP_RESOURCE, RELAIS_APP_ID, RELAIS_BOT_ID',
    );
  });

  describe('from broken sources', () => {
    let copy: ManifestCopy;
    beforeEach(() => {
      copy = copyManifestSources();
    });
    afterEach(() => copy.remove());

    it('refuses an invalid manifest and lists the problems', async () => {
      copy.edit('manifest.json', (manifest) => delete manifest.bots);
      const attempt = packageApp({ env, manifestDir: copy.dir, outFile: join(outDir, 'never.zip') });
      await expect(attempt).rejects.toThrow(InvalidAppPackageError);
      await expect(attempt).rejects.toThrow('- manifest.json /bots: the approvals bot is missing');
    });
  });

  it('writes to dist/manifest/relais.zip by default', () => {
    expect(defaultPackageFile.replace(/\\/g, '/')).toMatch(/\/dist\/manifest\/relais\.zip$/);
    expect(defaultPackageFile).not.toContain(`${join('manifest', 'dist')}`);
  });
});
