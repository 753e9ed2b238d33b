import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { legacyCrmMapping } from '@relais/domain';
import { planColumns } from '../../domain/src/import/import-columns';
import { mapImportRow } from '../../domain/src/import/map-import-row';
import { readCsv } from '../../functions/src/import/read-csv';
import { startApi, type TestApi } from '../support/api-harness';

const LEGACY = readFileSync(join(__dirname, '..', 'fixtures', 'legacy', 'legacy-crm-export.csv'));
const cp1252 = (text: string) => iconv.encode(text, 'win1252');
const utf8 = (text: string) => Buffer.from(text, 'utf8');

async function* chunks(bytes: Buffer, size = 7): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const read = async (bytes: Buffer) => {
  const csv = await readCsv(chunks(bytes));
  const records = [];
  for await (const record of csv.records) records.push(record);
  return { header: csv.header, records, info: csv.info() };
};

describe('reading CSV as French exports write it', () => {
  it('strips a UTF-8 BOM and reads ; separated UTF-8', async () => {
    const { header, records, info } = await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('Raison sociale;Ville\nÉlectricité Durand;Besançon\n')]));
    expect(header).toEqual(['Raison sociale', 'Ville']);
    expect(records).toEqual([{ line: 2, cells: ['Électricité Durand', 'Besançon'] }]);
    expect(info).toMatchObject({ encoding: 'utf-8', bom: true, separator: ';' });
  });

  it('reads Windows-1252, and a file mixing both encodings line by line', async () => {
    const win = await read(cp1252('Raison sociale;Ville\nSociété Générale de Bâtiment;Besançon\n'));
    expect(win.records[0]).toEqual({ line: 2, cells: ['Société Générale de Bâtiment', 'Besançon'] });
    expect(win.info.encoding).toBe('windows-1252');
    const mixed = await read(Buffer.concat([utf8('Raison sociale;Ville\nÉtablissements Lefèvre;Nîmes\n'), cp1252('Crêperie Noël;Orléans\n')]));
    expect(mixed.records.map((r) => ('cells' in r ? r.cells[0] : r.error))).toEqual(['Établissements Lefèvre', 'Crêperie Noël']);
    expect(mixed.info.encoding).toBe('mixed');
  });

  it('detects a comma separator, keeps quoted separators and line breaks, CRLF included', async () => {
    const { records, info } = await read(utf8('Raison sociale,Commentaire,Ville\r\n"Dupont, Fils et Cie","Rappeler\r\nen mars",Paris\r\n'));
    expect(info.separator).toBe(',');
    expect(records).toEqual([{ line: 2, cells: ['Dupont, Fils et Cie', 'Rappeler\nen mars', 'Paris'] }]);
  });

  it('skips empty lines (and lines of empty cells), counting them', async () => {
    const { records, info } = await read(utf8('\n\nRaison sociale;Ville\n\n;;\nA;B\n   \nC;D'));
    expect(records.map((r) => r.line)).toEqual([6, 8]);
    expect(info.blankLines).toBe(5);
  });

  it('reports a broken quote on its line and reads on from the next line', async () => {
    const { records } = await read(utf8('Raison sociale;Ville\nA;Paris\n"B;Lyon\nC;Nantes\nD"x;Lille\nE;Brest\n'));
    expect(records).toEqual([
      { line: 2, cells: ['A', 'Paris'] },
      { line: 3, error: 'CSV_QUOTE_UNCLOSED' },
      { line: 4, cells: ['C', 'Nantes'] },
      { line: 5, error: 'CSV_QUOTE_UNCLOSED' },
      { line: 6, cells: ['E', 'Brest'] },
    ]);
  });

  it('reports a line too long to be a row, and goes on', async () => {
    const { records } = await read(utf8(`Raison sociale;Ville\n${'x'.repeat(1_100_000)}\nA;B\n`));
    expect(records).toEqual([{ line: 2, error: 'CSV_LINE_TOO_LONG' }, { line: 3, cells: ['A', 'B'] }]);
  });

  it('streams a long export chunk by chunk, every row validated, broken and blank lines counted', async () => {
    // The memory this takes at 50 MB is measured by `npm run bench -- --only import`.
    const header = LEGACY.subarray(0, LEGACY.indexOf(0x0a) + 1);
    const body = LEGACY.subarray(header.length);
    const copies = 12;
    async function* big(): AsyncGenerator<Uint8Array> {
      yield header;
      for (let i = 0; i < copies; i += 1) {
        yield body;
        // Every copy also brings a broken quote and empty lines.
        yield cp1252('"Ouverte jamais fermée;;;\n\n;;;;\n');
      }
    }
    const csv = await readCsv(big());
    const plan = planColumns(csv.header, legacyCrmMapping);
    let valid = 0;
    let rejected = 0;
    let broken = 0;
    for await (const record of csv.records) {
      if ('error' in record) broken += 1;
      else if (mapImportRow(record, plan, legacyCrmMapping).ok) valid += 1;
      else rejected += 1;
    }
    const rows = 1498;
    expect(valid + rejected).toBe(rows * copies);
    expect(rejected).toBe(40 * copies);
    expect(broken).toBe(copies);
    expect(csv.info().blankLines).toBe(2 * copies);
  }, 120_000);
});

describe('POST /api/imports', () => {
  let api: TestApi;
  let steward: string;
  beforeAll(async () => {
    api = await startApi();
    steward = await api.tokenFor({ userId: 'st1', name: 'Sandrine Steward', roles: ['steward'], teams: ['north'] });
  });
  afterAll(() => api.stop());

  const post = (body: Buffer | string, query = '', token = steward, type = 'text/csv') =>
    api.call('POST', `/api/imports${query}`, { token, raw: body as string, headers: { 'content-type': type } });
  /** An import is a job: 202, then its result is the report. */
  const imported = async (body: Buffer | string, query = '') => {
    const job = await api.job(await post(body, query), steward);
    expect([job.status, job.body.status]).toEqual([200, 'succeeded']);
    return { status: job.status, body: job.body.result };
  };

  const file = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    utf8('Raison sociale,SIRET,Ville,Prénom,Nom,Email,Statut,Date création,Commentaire\n'),
    utf8('Chocolaterie Aubriot SAS,,Dijon,Lucie,Aubriot,lucie@aubriot-choco.fr,Client,12/03/2019,"Aime les ""grands"" formats"\n'),
    utf8('\n'),
    utf8('"Chocolaterie Aubriot,,Dijon,Lucie,Aubriot,lucie@aubriot-choco.fr,Client,12/03/2019,\n'),
    utf8('CHOCOLATERIE AUBRIOT,,Dijon,Marc,Aubriot,marc@aubriot-choco.fr,Prospect,31/02/2020,\n'),
    utf8('Chocolaterie Aubriot,,Dijon,Marc,Aubriot,marc@aubriot-choco.fr,Client,01/06/2021,\n'),
    utf8(',,Dijon,Anne,Sans-Nom,anne@example.fr,Client,01/06/2021,\n'),
  ]);

  it('imports a small file and reports each edge case on its line', async () => {
    const response = await imported(file);
    const report = response.body;
    expect(report.file).toMatchObject({ encoding: 'utf-8', bom: true, separator: ',', blankLines: 1 });
    expect(report.rejected.map((r: { line: number; reason: string }) => [r.line, r.reason])).toEqual([
      [4, 'csv'],
      [5, 'date'],
      [7, 'name'],
    ]);
    expect(report.rows).toMatchObject({ read: 5, imported: 1, merged: 1, rejected: 3 });
    expect(report.persons.created).toBe(2);
    expect(report.summary).toMatch(/Rows: 5 read — 1 imported, 1 merged/);
    const search = await api.call('GET', '/api/tiers?q=aubriot', { token: steward });
    expect(search.body.items.filter((t: { kind: string }) => t.kind === 'organisation')).toHaveLength(1);
  });

  it('re-running the same file changes nothing', async () => {
    const response = await imported(file);
    expect(response.body.rows).toMatchObject({ imported: 0, alreadyImported: 2, rejected: 3 });
    expect(response.body.persons.created).toBe(0);
    expect(response.body.notes.logged).toBe(0);
  });

  it('a dry run reports without writing', async () => {
    const text = 'Raison sociale;Ville\nVerrerie Lancelot;Nevers\nVerrerie Lancelot SARL;Nevers\n';
    const response = await imported(utf8(text), '?dryRun=true');
    expect(response.body).toMatchObject({ dryRun: true, rows: { imported: 1, merged: 1 } });
    expect((await api.call('GET', '/api/tiers?q=lancelot', { token: steward })).body.items).toEqual([]);
  });

  it('refuses what it cannot import: another media type, a rep, no legal-name column, a bad mapping, too large', async () => {
    expect((await post('x', '', steward, 'application/json')).status).toBe(415);
    const rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi', roles: ['rep'], teams: ['north'] });
    expect((await post(file, '', rep)).status).toBe(403);
    const columns = await post(utf8('Nom;Ville\nA;B\n'));
    expect([columns.status, columns.body.code]).toEqual([400, 'IMPORT.COLUMNS_MISSING']);
    const mapping = await post(file, `?mapping=${encodeURIComponent(JSON.stringify({ columns: { Nom: 'nowhere' } }))}`);
    expect(mapping.status).toBe(400);
    expect((await post(Buffer.alloc(10 * 1024 * 1024 + 10, 0x41))).status).toBe(413);
  });
});
