import type { RelationEdge } from '../ports/tier-store.port';
import { edgeOrderKey, pageEdges } from './tier-edges';

const edge = (id: string, status: 'ongoing' | 'ended', startDate: string | null): RelationEdge => ({
  id,
  typeId: 'works-for',
  fromId: `p-${id}`,
  toId: 'org',
  status,
  startDate,
  endDate: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'u',
  updatedAt: '2026-01-01T00:00:00.000Z',
  fromName: id,
  fromKind: 'person',
  toName: 'Org',
  toKind: 'organisation',
});

describe('pageEdges', () => {
  const edges = [
    edge('a', 'ended', '2025-01-01'),
    edge('b', 'ongoing', null),
    edge('c', 'ongoing', '2019-05-01'),
    edge('d', 'ongoing', '2024-03-01'),
    edge('e', 'ongoing', '2024-03-01'),
  ];

  it('orders ongoing first, the latest start first, undated last, ties by id', () => {
    expect(pageEdges(edges, 10).items.map((e) => e.id)).toEqual(['d', 'e', 'c', 'b', 'a']);
    expect(edgeOrderKey(edges[3]!) < edgeOrderKey(edges[2]!)).toBe(true);
  });

  it('resumes after the last key shown, so an edge added meanwhile neither repeats nor hides another', () => {
    const first = pageEdges(edges, 2);
    expect(first).toMatchObject({ total: 5, items: [{ id: 'd' }, { id: 'e' }] });
    const grown = [...edges, edge('f', 'ongoing', '2026-06-01')];
    const second = pageEdges(grown, 2, first.nextCursor!);
    expect(second.items.map((e) => e.id)).toEqual(['c', 'b']);
    const third = pageEdges(grown, 2, second.nextCursor!);
    expect(third).toMatchObject({ items: [{ id: 'a' }], nextCursor: null, total: 6 });
  });

  it('refuses a cursor it did not make, naming the parameter', () => {
    expect(() => pageEdges(edges, 2, 'o5')).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ path: 'cursor' })] }),
    );
  });
});
