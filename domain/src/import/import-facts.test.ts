import { importedCreatedAt, importedFacts } from './import-facts';
import type { MappedRow } from './import-row';

const row = (line: number, fields: Partial<MappedRow>): MappedRow => ({
  line, organisations: [{ kind: 'organisation', names: [{ type: 'legal', value: 'Acme' }] }], employerExternalIds: [], warnings: [], ...fields,
});
const context = { by: 'steward', source: { kind: 'import' as const, id: 'f1' }, fallback: '2026-05-01T00:00:00Z' };

describe('importedFacts', () => {
  it('builds a dated history from the rows of one company, a repeat confirming the value', () => {
    const facts = importedFacts(
      [
        row(3, { lifecycle: 'client', lastContact: '2024-09-09' }),
        row(9, { lifecycle: 'prospect', lastContact: '2021-03-01' }),
        row(12, { lifecycle: 'client', lastContact: '2025-02-10' }),
      ],
      ['lifecycle'],
      context,
    );
    expect(facts.map((f) => [f.value, f.validFrom, f.validTo, f.confirmedAt])).toEqual([
      ['prospect', '2021-03-01T00:00:00Z', '2024-09-09T00:00:00Z', '2021-03-01T00:00:00Z'],
      ['client', '2024-09-09T00:00:00Z', null, '2025-02-10T00:00:00Z'],
    ]);
    expect(facts.every((f) => f.source.kind === 'import')).toBe(true);
  });

  it('dates by creation when there is no last contact, by the import day when neither is known', () => {
    expect(importedFacts([row(2, { owner: 'K. Benali', createdAt: '2016-03-11' })], ['owner'], context)[0]!.validFrom).toBe('2016-03-11T00:00:00Z');
    expect(importedFacts([row(2, { owner: 'K. Benali' })], ['owner'], context)[0]!.validFrom).toBe(context.fallback);
  });

  it('keeps one version per day when two rows disagree on the same day', () => {
    const facts = importedFacts([row(2, { lifecycle: 'client', lastContact: '2024-01-01' }), row(3, { lifecycle: 'former', lastContact: '2024-01-01' })], ['lifecycle'], context);
    expect(facts).toHaveLength(1);
  });

  it('takes the earliest creation date of the group', () => {
    expect(importedCreatedAt([row(2, { createdAt: '2018-01-02' }), row(5, { createdAt: '2012-02-06' })], context.fallback)).toBe('2012-02-06T00:00:00Z');
  });
});
