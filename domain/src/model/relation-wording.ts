import type { Language } from './common.schema';
import type { Relation, RelationType } from './relation.schema';

export type TierRef = { id: string; kind: 'organisation' | 'person'; name: string };

export type WordedRelation = Relation & {
  side: 'from' | 'to';
  other: TierRef;
  /** The relation as read from this tier: "works for ACME", "employs Jeanne Martin", "ACME is client of Us". */
  label: string;
  sentence: string;
};

const labels = (type: RelationType, lang: Language) => {
  const fr = lang === 'fr' ? type.i18n?.fr : undefined;
  return { aToB: fr?.labelAtoB ?? type.labelAtoB, bToA: fr?.labelBtoA ?? type.labelBtoA };
};

/**
 * Words a relation from one tier's side. Hierarchical and reciprocal types have a wording per
 * direction (a reciprocal one may reuse its own); a non-reciprocal one keeps its single wording with
 * A named, read from either side ("A is client of B").
 */
export const wordRelation = (
  relation: Relation,
  type: RelationType,
  self: TierRef,
  other: TierRef,
  lang: Language = 'en',
): WordedRelation => {
  const side = relation.fromId === self.id ? 'from' : 'to';
  const { aToB, bToA } = labels(type, lang);
  if (side === 'from') return { ...relation, side, other, label: aToB, sentence: `${self.name} ${aToB} ${other.name}` };
  if (type.nature === 'non-reciprocal')
    return { ...relation, side, other, label: aToB, sentence: `${other.name} ${aToB} ${self.name}` };
  const back = bToA ?? aToB;
  return { ...relation, side, other, label: back, sentence: `${self.name} ${back} ${other.name}` };
};
