/**
 * Matching measured on real French companies (test/fixtures/matching/french-companies.json) among
 * made-up small companies, through the production path: the base's block posting lists (in
 * memory here), the shortlist, word weights from the lists' lengths, and the scorer. Companies are
 * split by a hash of their id; rules are tuned on the train part only, and only the train part's
 * mistakes are listed. Run alone: `npx tsx scripts/bench/held-out-matching.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockingKeys, LIKELY_DUPLICATE_SCORE } from '../../domain/src/matching/index';
import type { Organisation, Tier } from '../../domain/src/model/tier.schema';
import type { Deps } from '../../domain/src/ports/deps';
import { BLOCK_KEY_CAP } from '../../domain/src/ports/index-store.port';
import { findCandidates } from '../../domain/src/use-cases/match-tiers-candidates';
import { tierMatchProfile } from '../../domain/src/use-cases/match-tiers-profile';
import { companyLookAlikes, companyVariants, stableHash, storedAcronym, storedName, type Company, type LookAlike, type Variant } from './company-variants';
import { makeSmes, smeLookAlikes, smeVariants } from './sme-names';

const FIXTURE = join(__dirname, '..', '..', 'test', 'fixtures', 'matching', 'french-companies.json');

export const HELD_OUT_TARGETS = { precision: 0.95, recall: 0.9, top3Recall: 0.95 };
/** Share of companies (by a hash of their id) held back from tuning. */
const TEST_PERCENT = 35;
/** A base the size of a mid-sized company's CRM: words are as common in it as in a real one. */
const SMES = 15_000;

type Split = 'train' | 'test';
export const splitOf = (id: string): Split => (stableHash(`split:${id}`) % 100 < TEST_PERCENT ? 'test' : 'train');

export const readCompanies = (): Company[] => (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { companies: Company[] }).companies;

const organisation = (id: string, names: Organisation['names'], siren?: string): Tier => ({
  id,
  kind: 'organisation',
  names,
  ...(siren ? { siren } : {}),
  ownerTeam: 'bench',
  confidentiality: 'public',
  status: 'active',
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'bench',
  updatedAt: '2026-01-01T00:00:00Z',
});

/** The base as stores hold it: tiers, and their block posting lists (at most BLOCK_KEY_CAP ids each). */
const makeBase = (companies: readonly Company[], smes: ReturnType<typeof makeSmes>) => {
  const tiers = [
    ...companies.map((c) => {
      const acronym = storedAcronym(c);
      return organisation(c.id, [{ type: 'legal', value: storedName(c) }, ...(acronym ? [{ type: 'acronym' as const, value: acronym }] : [])], c.siren);
    }),
    ...smes.map((s) => organisation(s.id, [{ type: 'legal', value: s.name }])),
  ];
  const postings = new Map<string, string[]>();
  for (const tier of tiers) {
    for (const key of blockingKeys(tierMatchProfile(tier))) {
      const ids = postings.get(key) ?? [];
      if (ids.length < BLOCK_KEY_CAP) ids.push(tier.id);
      postings.set(key, ids);
    }
  }
  const byId = new Map(tiers.map((t) => [t.id, t]));
  // Only what matching reads: the index's lists and the tiers they name.
  const deps = {
    clock: { now: () => '2026-01-01T00:00:00Z' },
    index: {
      find: async (_name: string, key: string) => (postings.get(key) ?? []).map((targetId) => ({ key, targetId })),
      count: async (_name: string, key: string) => postings.get(key)?.length ?? 0,
    },
    tiers: { getMany: async (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []) },
  } as unknown as Deps;
  return { deps, tiers: tiers.length, postings: postings.size };
};

const draft = (name: string) => ({ kind: 'organisation' as const, names: [{ type: 'legal' as const, value: name }] });
const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 1 : Math.round((numerator / denominator) * 10000) / 10000);

type VariantOutcome = { variant: Variant; score: number; rank: number; confusedWith: { id: string; score: number }[] };
type LookAlikeOutcome = { lookAlike: LookAlike; score: number };

const inTop3 = (o: VariantOutcome): boolean => o.rank >= 0 && o.rank < 3;

const figures = (variants: VariantOutcome[], lookAlikes: LookAlikeOutcome[], listMistakes: boolean) => {
  const found = variants.filter((o) => o.score >= LIKELY_DUPLICATE_SCORE).length;
  const confused = variants.filter((o) => o.confusedWith.length > 0).length;
  const falseLookAlikes = lookAlikes.filter((o) => o.score >= LIKELY_DUPLICATE_SCORE).length;
  const byClass = Object.fromEntries(
    [...new Set(variants.map((o) => o.variant.class))].sort().map((kind) => {
      const of = variants.filter((o) => o.variant.class === kind);
      return [kind, { variants: of.length, recall: ratio(of.filter((o) => o.score >= LIKELY_DUPLICATE_SCORE).length, of.length), top3Recall: ratio(of.filter(inTop3).length, of.length) }];
    }),
  );
  const lookAlikeClasses = Object.fromEntries(
    [...new Set(lookAlikes.map((o) => o.lookAlike.class))].sort().map((kind) => {
      const of = lookAlikes.filter((o) => o.lookAlike.class === kind);
      return [kind, { pairs: of.length, scoredLikely: of.filter((o) => o.score >= LIKELY_DUPLICATE_SCORE).length }];
    }),
  );
  return {
    variants: variants.length,
    lookAlikes: lookAlikes.length,
    precision: ratio(found, found + falseLookAlikes + confused),
    recall: ratio(found, variants.length),
    top3Recall: ratio(variants.filter(inTop3).length, variants.length),
    falsePositives: { lookAlikes: falseLookAlikes, otherTierLikelyForAVariant: confused },
    byClass,
    lookAlikeClasses,
    ...(listMistakes
      ? {
          missed: variants
            .filter((o) => o.score < LIKELY_DUPLICATE_SCORE || !inTop3(o))
            .map((o) => `${o.variant.id}: '${o.variant.name}' score ${o.score}, rank ${o.rank < 0 ? 'none' : o.rank + 1}`),
          closestLookAlikes: [...lookAlikes].sort((a, b) => b.score - a.score).slice(0, 12).map((o) => `${o.lookAlike.id}: '${o.lookAlike.name}' score ${o.score}`),
          takenForAnother: [
            ...lookAlikes.filter((o) => o.score >= LIKELY_DUPLICATE_SCORE).map((o) => `${o.lookAlike.id}: '${o.lookAlike.name}' score ${o.score}`),
            ...variants.filter((o) => o.confusedWith.length > 0).map((o) => `${o.variant.id}: '${o.variant.name}' also ${o.confusedWith.map((c) => `${c.id} ${c.score}`).join(', ')}`),
          ],
        }
      : {}),
  };
};

export async function heldOutMatching(): Promise<object> {
  const started = performance.now();
  const companies = readCompanies();
  const smes = makeSmes(SMES);
  const base = makeBase(companies, smes);
  const variants = [...companyVariants(companies), ...smeVariants(smes, 100)];
  const lookAlikes = [...companyLookAlikes(companies), ...smeLookAlikes(smes, 100)];
  const variantOutcomes: (VariantOutcome & { split: Split })[] = [];
  for (const variant of variants) {
    const candidates = await findCandidates(base.deps, draft(variant.name), { minScore: 0 });
    const rank = candidates.findIndex((c) => c.tier.id === variant.target);
    const confusedWith = candidates.filter((c) => c.tier.id !== variant.target && c.score >= LIKELY_DUPLICATE_SCORE).map((c) => ({ id: c.tier.id, score: c.score }));
    variantOutcomes.push({ variant, score: rank < 0 ? 0 : candidates[rank]!.score, rank, confusedWith, split: splitOf(variant.target) });
  }
  const lookAlikeOutcomes: (LookAlikeOutcome & { split: Split })[] = [];
  for (const lookAlike of lookAlikes) {
    const candidates = await findCandidates(base.deps, draft(lookAlike.name), { minScore: 0 });
    lookAlikeOutcomes.push({ lookAlike, score: candidates.find((c) => c.tier.id === lookAlike.other)?.score ?? 0, split: splitOf(lookAlike.owner) });
  }
  const part = (split: Split) => [variantOutcomes.filter((o) => o.split === split), lookAlikeOutcomes.filter((o) => o.split === split)] as const;
  const test = figures(...part('test'), false);
  return {
    source: 'test/fixtures/matching/french-companies.json',
    base: { realCompanies: companies.length, madeUpCompanies: smes.length, tiers: base.tiers, blockKeys: base.postings },
    split: `companies by a hash of their id: ${TEST_PERCENT} % held back (test), the rest for tuning (train)`,
    targets: { ...HELD_OUT_TARGETS, threshold: LIKELY_DUPLICATE_SCORE },
    test,
    train: figures(...part('train'), true),
    meetsTargets: test.precision >= HELD_OUT_TARGETS.precision && test.recall >= HELD_OUT_TARGETS.recall && test.top3Recall >= HELD_OUT_TARGETS.top3Recall,
    elapsedMs: Math.round(performance.now() - started),
  };
}

if (require.main === module) {
  heldOutMatching().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
