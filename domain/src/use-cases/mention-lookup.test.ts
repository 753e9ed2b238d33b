import type { IndexStore } from '../ports/index-store.port';
import { allMentionCandidates, nextMentionWindow } from './mention-lookup';
import { refKey, refOfKey, type MentionRef } from './mention-postings';

/** Postings in memory, answering `page` in key order as Table Storage does; nothing else is asked of them. */
const postingsOf = (lists: Record<string, MentionRef[]>): IndexStore => {
  const unused = () => Promise.reject(new Error('not used by a lookup'));
  return {
    page: async (_name, token, limit, after) =>
      (lists[token] ?? [])
        .map(refKey)
        .sort()
        .filter((key) => after === undefined || key > after)
        .slice(0, limit)
        .map((targetId) => ({ key: token, targetId })),
    put: unused, remove: unused, find: unused, has: unused, findByPrefix: unused, claim: unused, count: unused,
  };
};

const interactions = (prefix: string, n: number): MentionRef[] => Array.from({ length: n }, (_, i) => ({ kind: 'interaction', id: `${prefix}${String(i).padStart(3, '0')}` }));

describe('looking mentions up in the postings', () => {
  it('walks the union of the tokens’ postings in key order, each record once, range by range, in steps of any size', async () => {
    const tasks: MentionRef[] = [{ kind: 'task', id: 't1' }, { kind: 'audit', targetType: 'change-request', targetId: 'cr/1', id: 'cr/1-approved' }];
    const index = postingsOf({
      'n:jeanne dupont': [...interactions('a', 7), ...tasks],
      'n:mme dupont': interactions('a', 3),
      'e:jeanne.dupont@x.fr': [...interactions('b', 5), { kind: 'change-request', tierId: 'org-1', id: 'cr-1' }],
    });
    const tokens = ['n:jeanne dupont', 'n:mme dupont', 'e:jeanne.dupont@x.fr', 'p:+33612345678'];
    for (const limit of [1, 2, 3, 100]) {
      const walked: string[] = [];
      for (let cursor: string | null = null; ; ) {
        const window = await nextMentionWindow(index, tokens, 'interactions', cursor, limit);
        walked.push(...window.candidates.map((c) => c.key));
        if (!window.next) break;
        cursor = window.next;
      }
      expect(walked).toEqual([...interactions('a', 7), ...interactions('b', 5)].map(refKey));
    }
    const tiers = await allMentionCandidates(index, tokens, 'tiers');
    expect(tiers.map((c) => c.ref)).toEqual(expect.arrayContaining([...tasks, { kind: 'change-request', tierId: 'org-1', id: 'cr-1' }]));
    expect(tiers).toHaveLength(3);
    const both = (await nextMentionWindow(index, tokens, 'interactions', null)).candidates.find((c) => c.key === refKey(interactions('a', 1)[0]!));
    expect(both?.via.sort()).toEqual(['n:jeanne dupont', 'n:mme dupont']);
  });

  it('starts a range over from a cursor that is not one of its keys (a journal written before postings)', async () => {
    const index = postingsOf({ 'n:jeanne dupont': interactions('a', 2) });
    const window = await nextMentionWindow(index, ['n:jeanne dupont'], 'interactions', 'eyJuZXh0UGFydGl0aW9uS2V5Ijoi');
    expect(window.candidates).toHaveLength(2);
  });

  it('keeps references to keys every table accepts, and reads them back', () => {
    const odd: MentionRef[] = [
      { kind: 'audit', targetType: 'tier', targetId: 'a/b\\c#d?e', id: 'x~y!z%\u0001' },
      { kind: 'profile', tierId: 'p-1' },
      { kind: 'change-request', tierId: 'org_1', id: 'cr.2' },
    ];
    for (const ref of odd) {
      // eslint-disable-next-line no-control-regex
      expect(refKey(ref)).not.toMatch(/[/\\#?\u0000-\u001f\u007f-\u009f%]/);
      expect(refOfKey(refKey(ref))).toEqual(ref);
    }
    expect(refOfKey('x~nothing')).toBeUndefined();
  });
});
