/**
 * Quality of duplicate matching, as JSON: precision, recall and F1 at the likely-duplicate
 * threshold and top-3 recall, on our labelled pairs (test/fixtures/matching), on the legacy CRM
 * export in test/fixtures/legacy with its ground truth (organisations; persons by a derived truth),
 * and on real French companies held out from tuning (held-out-matching.ts). On the export,
 * candidates come from blocking keys as in production, so blocking misses count as misses, and
 * words weigh by how many of the export's companies hold them.
 * Run alone: `npx tsx scripts/bench/matching-quality.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import {
  blockingKeys,
  contextAmong,
  countedKeys,
  evaluateMatching,
  foldText,
  LIKELY_DUPLICATE_SCORE,
  rankCandidates,
  scoreMatch,
  type LabelledPair,
  type MatchProfile,
  type OrganisationMatchProfile,
  type PersonMatchProfile,
} from '../../domain/src/matching/index';
import { heldOutMatching } from './held-out-matching';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'matching');
const SHARED_DATA = join(ROOT, 'test', 'fixtures', 'legacy');

const TARGETS = { precision: 0.95, recall: 0.95, top3Recall: 0.98 };

const readPairs = (file: string): LabelledPair[] => (JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { pairs: LabelledPair[] }).pairs;

const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 1 : Math.round((numerator / denominator) * 10000) / 10000);

type Truth = { organisations: { rows: number[] }[] };

/** One export line as the organisation profile an import would build from it. */
const legacyOrganisation = (line: number, row: string[]): OrganisationMatchProfile => {
  const [legal, commercial, siret, , postcode, city, phone, website, , , , , email] = row.map((cell) => cell?.trim() ?? '');
  return {
    kind: 'organisation',
    id: String(line),
    names: [...(legal ? [{ type: 'legal' as const, value: legal }] : []), ...(commercial ? [{ type: 'commercial' as const, value: commercial }] : [])],
    ...(siret ? { siret } : {}),
    ...(website ? { website } : {}),
    ...(email ? { emailDomains: [email] } : {}),
    ...(phone ? { phones: [phone] } : {}),
    ...(postcode ? { postcode } : {}),
    ...(city ? { city } : {}),
  };
};

/** The contact of an export line, with the employer's name as the import would know it. */
const legacyPerson = (line: number, row: string[]): PersonMatchProfile => {
  const [legal, commercial, , , , , , , civility, firstName, lastName, , email, mobile] = row.map((cell) => cell?.trim() ?? '');
  return {
    kind: 'person',
    id: String(line),
    firstName,
    lastName,
    ...(civility ? { civility } : {}),
    ...(email ? { emails: [email] } : {}),
    ...(mobile ? { phones: [mobile] } : {}),
    ...(legal || commercial ? { organisationNames: [legal || commercial] } : {}),
  };
};

/**
 * Quality over every pair of profiles, the way production finds them: candidates are the
 * profiles sharing a blocking key, so a duplicate without a shared key counts as missed.
 * groupOf says which real-world tier each profile is.
 */
const blockedQuality = (profiles: MatchProfile[], groupOf: (id: string) => string | undefined): object => {
  const started = performance.now();
  const byId = new Map(profiles.map((p) => [p.id as string, p]));
  const same = (a: string, b: string): boolean => groupOf(a) !== undefined && groupOf(a) === groupOf(b);
  const index = new Map<string, string[]>();
  const keysOf = new Map<string, string[]>();
  for (const profile of profiles) {
    const keys = blockingKeys(profile);
    keysOf.set(profile.id as string, keys);
    for (const key of keys) index.set(key, [...(index.get(key) ?? []), profile.id as string]);
  }
  // The export as the base: one holder per real-world tier, as a base without duplicates would count.
  const holderOf = (profile: MatchProfile) => groupOf(profile.id as string) ?? `row:${profile.id}`;
  const holders = countedKeys(profiles, holderOf);
  const contextOf = (profile: MatchProfile) => contextAmong(holders, holderOf(profile));
  const candidatesOf = (id: string): string[] => [...new Set((keysOf.get(id) ?? []).flatMap((k) => index.get(k) ?? []))].filter((c) => c !== id);

  let truePositives = 0;
  let falsePositives = 0;
  let candidatePairs = 0;
  let blockedTruePairs = 0;
  for (const profile of profiles) {
    const id = profile.id as string;
    for (const candidate of candidatesOf(id)) {
      if (Number(candidate) <= Number(id)) continue;
      candidatePairs += 1;
      if (same(id, candidate)) blockedTruePairs += 1;
      if (scoreMatch(profile, byId.get(candidate) as MatchProfile, contextOf(profile)).score < LIKELY_DUPLICATE_SCORE) continue;
      if (same(id, candidate)) truePositives += 1;
      else falsePositives += 1;
    }
  }
  const groups = new Map<string, string[]>();
  for (const profile of profiles) {
    const group = groupOf(profile.id as string);
    if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), profile.id as string]);
  }
  const truePairs = [...groups.values()].reduce((sum, ids) => sum + (ids.length * (ids.length - 1)) / 2, 0);

  // Top-3: from each profile, is each true duplicate among the 3 best candidates once the
  // profile's other duplicates are set aside? Ties count against the true match.
  let rankedTop3 = 0;
  let rankings = 0;
  for (const ids of groups.values()) {
    for (const from of ids) {
      const candidates = candidatesOf(from);
      for (const to of ids) {
        if (to === from) continue;
        rankings += 1;
        const pool = candidates.filter((c) => c !== to && !same(from, c)).map((c) => byId.get(c) as MatchProfile);
        if (candidates.includes(to)) pool.push(byId.get(to) as MatchProfile);
        const draft = byId.get(from) as MatchProfile;
        if (rankCandidates(draft, pool, { limit: 3, minScore: 0, ...contextOf(draft) }).some((c) => c.id === to)) rankedTop3 += 1;
      }
    }
  }
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePairs);
  return {
    profiles: profiles.length,
    truePairs,
    threshold: LIKELY_DUPLICATE_SCORE,
    truePositives,
    falsePositives,
    falseNegatives: truePairs - truePositives,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    top3Recall: ratio(rankedTop3, rankings),
    blockingRecall: ratio(blockedTruePairs, truePairs),
    candidatePairsScored: candidatePairs,
    meanCandidatesPerProfile: Math.round((candidatePairs * 2 * 100) / profiles.length) / 100,
    elapsedMs: Math.round(performance.now() - started),
  };
};

const legacyExport = (): { organisations: object; persons: object } => {
  const csv = iconv.decode(readFileSync(join(SHARED_DATA, 'legacy-crm-export.csv')), 'win1252');
  const rows = (parse(csv, { delimiter: ';', relax_column_count: true }) as string[][]).slice(1);
  const truth = JSON.parse(readFileSync(join(SHARED_DATA, 'legacy-crm-export.truth.json'), 'utf8')) as Truth;
  const organisationOf = new Map<string, string>();
  truth.organisations.forEach((o, index) => o.rows.forEach((line) => organisationOf.set(String(line), String(index))));
  const persons = rows.map((row, i) => legacyPerson(i + 2, row));
  // The truth lists organisations only; a contact is taken to be the same person as another when
  // both sit in the same organisation under the same name once accents and case are folded.
  const personOf = new Map(persons.map((p) => [p.id as string, `${organisationOf.get(p.id as string)}|${foldText(p.firstName)}|${foldText(p.lastName)}`]));
  return {
    organisations: {
      groundTruth: 'legacy-crm-export.truth.json',
      ...blockedQuality(
        rows.map((row, i) => legacyOrganisation(i + 2, row)),
        (id) => organisationOf.get(id),
      ),
    },
    persons: {
      groundTruth: 'derived: same organisation in the truth file and same folded first and last name',
      ...blockedQuality(persons, (id) => personOf.get(id)),
    },
  };
};

const summary = (pairs: LabelledPair[], asBase = false): object => {
  const { errors, ...quality } = evaluateMatching(pairs, LIKELY_DUPLICATE_SCORE, { asBase });
  return { ...quality, misclassified: errors.map((e) => `${e.id} (${e.label}, score ${e.score})`) };
};

export async function matchingQuality(): Promise<object> {
  const generated = readPairs('generated-pairs.json');
  const handCrafted = readPairs('hand-crafted-pairs.json');
  const evaluationSet = summary([...generated, ...handCrafted]) as { precision: number; recall: number; top3Recall: number };
  // The same pairs with the set as the base: words and acronyms weigh by how many of its tiers hold them.
  const evaluationSetAsBase = summary([...generated, ...handCrafted], true);
  const legacy = legacyExport();
  const heldOut = (await heldOutMatching()) as { meetsTargets: boolean };
  type Quality = { precision: number; recall: number; top3Recall: number };
  const meets = (q: Quality): boolean => q.precision >= TARGETS.precision && q.recall >= TARGETS.recall && q.top3Recall >= TARGETS.top3Recall;
  return {
    targets: { ...TARGETS, threshold: LIKELY_DUPLICATE_SCORE },
    evaluationSet,
    evaluationSetAsBase,
    byFixture: { generated: summary(generated), handCrafted: summary(handCrafted) },
    legacyExport: legacy,
    heldOut,
    meetsTargets: meets(evaluationSet) && meets(legacy.organisations as Quality) && meets(legacy.persons as Quality) && heldOut.meetsTargets,
  };
}

if (require.main === module) {
  matchingQuality().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
