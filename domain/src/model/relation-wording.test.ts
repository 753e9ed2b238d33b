import { defaultRelationTypes } from '../catalogue/relation-types';
import type { Relation } from './relation.schema';
import { wordRelation } from './relation-wording';

const type = (id: string) => defaultRelationTypes.find((t) => t.id === id)!;
const acme = { id: 'o1', kind: 'organisation' as const, name: 'ACME' };
const bolt = { id: 'o2', kind: 'organisation' as const, name: 'Bolt' };
const jeanne = { id: 'p1', kind: 'person' as const, name: 'Mme Jeanne Martin' };
const relation = (typeId: string, fromId: string, toId: string): Relation => ({
  id: 'r1', typeId, fromId, toId, status: 'ongoing', startDate: '2024-03-01', endDate: null,
  createdAt: '2024-03-01T00:00:00Z', createdBy: 'u', updatedAt: '2024-03-01T00:00:00Z',
});

describe('relation wording', () => {
  it('words a hierarchical relation in each direction', () => {
    const r = relation('works-for', 'p1', 'o1');
    expect(wordRelation(r, type('works-for'), jeanne, acme).sentence).toBe('Mme Jeanne Martin works for ACME');
    expect(wordRelation(r, type('works-for'), acme, jeanne).sentence).toBe('ACME employs Mme Jeanne Martin');
    expect(wordRelation(r, type('works-for'), acme, jeanne, 'fr').label).toBe('emploie');
  });

  it('keeps the single wording of a non-reciprocal relation, with A named, from B', () => {
    const r = relation('is-client-of', 'o1', 'o2');
    expect(wordRelation(r, type('is-client-of'), bolt, acme).sentence).toBe('ACME is client of Bolt');
    expect(wordRelation(r, type('is-client-of'), acme, bolt).sentence).toBe('ACME is client of Bolt');
  });

  it('reuses the same wording both ways for a reciprocal relation', () => {
    const r = relation('collaborates-with', 'o1', 'o2');
    expect(wordRelation(r, type('collaborates-with'), bolt, acme).sentence).toBe('Bolt collaborates with ACME');
  });
});
