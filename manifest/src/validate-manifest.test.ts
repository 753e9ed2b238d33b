import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { formatIssue } from './checks/issue';
import { asArray, asRecord } from './json-paths';
import { availableSchemaVersions } from './official-schema';
import { type ManifestCopy, copyManifestSources } from './manifest-copy.fixture';
import { sampleEnv } from './placeholders';
import { validateManifestDir } from './validate-manifest';

const messages = (dir?: string, env?: Record<string, string>) =>
  validateManifestDir(dir, env ? { env } : {}).issues.map(formatIssue);

const firstExtension = (manifest: Record<string, unknown>) => asRecord(asArray(manifest.extensions)[0]);

describe('validate the real manifest', () => {
  it('passes offline against the newest official schema the package ships, and the Relais checks', () => {
    const result = validateManifestDir();
    expect(result.issues.map(formatIssue)).toEqual([]);
    const newest = availableSchemaVersions().at(-1);
    expect(newest).toBe('1.30');
    expect(result.manifestVersion).toBe(newest);
    expect(result.schemaPath).toMatch(
      /@microsoft[\\/]app-manifest[\\/]build[\\/]json-schemas[\\/]teams[\\/]v1\.30[\\/]MicrosoftTeams\.schema\.json$/,
    );
  });

  it('declares the Outlook extension, the tabs and the bot the product needs', () => {
    const { filled } = validateManifestDir();
    const manifest = asRecord(filled?.manifest);
    const host = sampleEnv().RELAIS_HOST;
    const extension = firstExtension(manifest);
    expect(asRecord(asRecord(asArray(extension.runtimes)[0]).code).page).toBe(
      `https://${host}/addin/taskpane.html`,
    );
    expect(asArray(extension.ribbons).flatMap((ribbon) => asArray(asRecord(ribbon).contexts))).toEqual([
      'mailRead',
      'meetingDetailsAttendee',
      'meetingDetailsOrganizer',
    ]);
    expect(asRecord(asArray(manifest.configurableTabs)[0]).configurationUrl).toBe(
      `https://${host}/tab/config`,
    );
    expect(asArray(manifest.staticTabs).map((tab) => asRecord(tab).contentUrl)).toEqual([
      undefined,
      `https://${host}/tab/my-actions`,
      `https://${host}/tab/approvals`,
      `https://${host}/tab/reports`,
      `https://${host}/tab/duplicates`,
      `https://${host}/tab/rights`,
      `https://${host}/tab/retention`,
    ]);
    expect(asRecord(asArray(manifest.bots)[0]).botId).toBe(sampleEnv().RELAIS_BOT_ID);
    expect(filled?.languages.map((language) => language.languageTag)).toEqual(['fr-fr']);
  });
});

describe('validate a broken copy', () => {
  let copy: ManifestCopy;
  beforeEach(() => {
    copy = copyManifestSources();
  });
  afterEach(() => copy.remove());

  it('the untouched copy is valid (so each failure below comes from its own change)', () => {
    expect(messages(copy.dir)).toEqual([]);
  });

  it('reports a missing Outlook extension', () => {
    copy.edit('manifest.json', (manifest) => delete manifest.extensions);
    const found = messages(copy.dir);
    expect(found).toContain(
      'manifest.json /extensions: the Outlook extension is missing: declare extensions[0] with a task pane runtime and the "Log to CRM" ribbon button',
    );
    // The French ribbon labels now point at nothing.
    expect(found).toContain(
      'fr-fr.json extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label: matches no string in manifest.json (stale or mistyped key)',
    );
  });

  it('reports a URL outside validDomains and a plain http URL', () => {
    copy.edit('manifest.json', (manifest) => {
      asRecord(asArray(manifest.configurableTabs)[0]).configurationUrl =
        'https://tabs.elsewhere.example/tab/config';
      asRecord(manifest.developer).privacyUrl = 'http://${{RELAIS_HOST}}/privacy';
    });
    expect(messages(copy.dir)).toEqual([
      'manifest.json /developer/privacyUrl: must use https: http://relais-sample.azurewebsites.net/privacy',
      'manifest.json /configurableTabs/0/configurationUrl: host "tabs.elsewhere.example" is not in validDomains (relais-sample.azurewebsites.net): https://tabs.elsewhere.example/tab/config',
    ]);
  });

  it('accepts a wildcard valid domain', () => {
    copy.edit('manifest.json', (manifest) => {
      manifest.validDomains = ['*.azurewebsites.net'];
    });
    expect(messages(copy.dir)).toEqual([]);
  });

  it('reports an unknown placeholder and a malformed one, and stops before checking a half-filled document', () => {
    copy.edit('manifest.json', (manifest) => {
      asRecord(manifest.developer).websiteUrl = 'https://${{RELAIS_HOTS}}/';
      asRecord(manifest.name).full = 'Relais ${{env}}';
    });
    const found = messages(copy.dir);
    expect(found).toContain(
      'manifest.json: unknown placeholder ${{RELAIS_HOTS}}; known placeholders: RELAIS_APP_ID, RELAIS_HOST, RELAIS_BOT_ID, AAD_APP_CLIENT_ID, AAD_APP_RESOURCE',
    );
    expect(found).toContain(
      'manifest.json: malformed placeholder "${{env}}" (expected ${{UPPER_CASE_NAME}})',
    );
    expect(found).toHaveLength(2);
  });

  it('reports ids that are neither GUIDs nor GUID placeholders', () => {
    copy.edit('manifest.json', (manifest) => {
      manifest.id = 'relais-app';
      asRecord(asArray(manifest.bots)[0]).botId = '${{RELAIS_HOST}}';
    });
    const found = messages(copy.dir);
    expect(found).toContain(
      'manifest.json /id: must be a GUID or a GUID placeholder such as ${{RELAIS_APP_ID}}, got "relais-app"',
    );
    expect(found).toContain(
      'manifest.json /bots/0/botId: must be a GUID or a GUID placeholder such as ${{RELAIS_APP_ID}}, got "${{RELAIS_HOST}}"',
    );
    // The official schema agrees once filled.
    expect(found.some((line) => line.startsWith('manifest.json /id: schema: must match pattern'))).toBe(true);
  });

  it('reports official schema violations with their location', () => {
    copy.edit('manifest.json', (manifest) => {
      asRecord(manifest.name).short = 'A name far too long for the Teams app bar';
      manifest.accentColor = 'blue';
    });
    const found = messages(copy.dir);
    expect(found).toContain('manifest.json /name/short: schema: must NOT have more than 30 characters');
    expect(
      found.some((line) => line.startsWith('manifest.json /accentColor: schema: must match pattern')),
    ).toBe(true);
  });

  it('reports a manifest version without an offline schema', () => {
    copy.edit('manifest.json', (manifest) => {
      manifest.manifestVersion = '1.99';
    });
    const found = messages(copy.dir);
    expect(found[0]).toMatch(
      /^manifest.json \/manifestVersion: no offline schema for 1.99 in @microsoft\/app-manifest \(available: .*1\.24.*\)$/,
    );
  });

  it('reports a pane that cannot be pinned and a ribbon context left out', () => {
    copy.edit('manifest.json', (manifest) => {
      const extension = firstExtension(manifest);
      asRecord(asArray(asRecord(asArray(extension.runtimes)[0]).actions)[0]).pinnable = false;
      asRecord(asArray(extension.ribbons)[0]).contexts = ['mailRead'];
    });
    expect(messages(copy.dir)).toEqual([
      'manifest.json /extensions/0/runtimes: action "logToCrm" must be pinnable so the pane follows the selected item',
      'manifest.json /extensions/0/ribbons: no ribbon for context(s): meetingDetailsAttendee, meetingDetailsOrganizer',
    ]);
  });

  it('reports a missing personal tab and bot command', () => {
    copy.edit('manifest.json', (manifest) => {
      manifest.staticTabs = asArray(manifest.staticTabs).filter(
        (tab) => asRecord(tab).entityId !== 'approvals',
      );
      const list = asRecord(asArray(asRecord(asArray(manifest.bots)[0]).commandLists)[0]);
      list.commands = asArray(list.commands).filter((command) => asRecord(command).title !== 'pending');
    });
    const found = messages(copy.dir);
    expect(found).toContain(
      'manifest.json /staticTabs: the "Pending approvals" personal tab (entityId "approvals") is missing',
    );
    expect(found).toContain('manifest.json /bots/0/commandLists: missing command(s): pending');
  });

  it('reports icons of the wrong size and an outline icon that is not white on transparent', () => {
    const png = new PNG({ width: 32, height: 32 });
    png.data.fill(0);
    png.data[3] = 255; // one opaque black pixel at 0,0
    writeFileSync(join(copy.dir, 'outline.png'), PNG.sync.write(png));
    writeFileSync(join(copy.dir, 'color.png'), PNG.sync.write(new PNG({ width: 96, height: 96 })));
    writeFileSync(
      join(copy.dir, 'assets', 'icon-80.png'),
      PNG.sync.write(new PNG({ width: 64, height: 64 })),
    );
    const found = messages(copy.dir);
    expect(found).toContain(
      `manifest.json /icons/color: ${join(copy.dir, 'color.png')} is 96x96, expected 192x192`,
    );
    expect(found).toContain(
      `manifest.json /icons/outline: ${join(copy.dir, 'outline.png')} must be white on a transparent background (pixel 0,0 is rgb(0,0,0))`,
    );
    expect(found).toContain(
      `manifest.json /extensions/0/ribbons/0/tabs/0/groups/0/icons/2/url: ${join(copy.dir, 'assets', 'icon-80.png')} is 64x64, expected 80x80`,
    );
  });

  it('reports stale and missing translations and schema errors in the language file', () => {
    copy.edit('fr-fr.json', (french) => {
      delete french['staticTabs[1].name'];
      french['staticTabs[9].name'] = 'Onglet fantôme';
      french['name.short'] = 'Un nom beaucoup trop long pour Teams';
    });
    const found = messages(copy.dir);
    expect(found).toContain('fr-fr.json staticTabs[1].name: missing translation of "My actions"');
    expect(found).toContain(
      'fr-fr.json staticTabs[9].name: matches no string in manifest.json (stale or mistyped key)',
    );
    expect(found).toContain('fr-fr.json /name.short: schema: must NOT have more than 30 characters');
  });

  it('reports a language file that does not exist', () => {
    copy.edit('manifest.json', (manifest) => {
      asRecord(manifest.localizationInfo).additionalLanguages = [
        { languageTag: 'de-de', file: 'de-de.json' },
      ];
    });
    expect(messages(copy.dir)[0]).toMatch(/^de-de.json: file not found/);
  });

  it('checks the values of a real environment and names what is missing', () => {
    const env = { ...sampleEnv(), RELAIS_HOST: 'https://relais.example.com/', RELAIS_BOT_ID: '' };
    expect(messages(copy.dir, env)).toEqual([
      'env: RELAIS_HOST="https://relais.example.com/" is not a bare host name such as relais.example.com (no https://, no path).',
      'env: no value for: RELAIS_BOT_ID',
    ]);
  });

  it('reports a manifest that is not JSON', () => {
    writeFileSync(join(copy.dir, 'manifest.json'), '{ "manifestVersion": ');
    expect(messages(copy.dir)[0]).toMatch(/^manifest.json: is not valid JSON: /);
  });
});
