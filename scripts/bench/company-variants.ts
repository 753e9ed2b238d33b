/**
 * Name variants of real companies as people write them, one generator per class, and look-alikes
 * that are other companies. Pure and deterministic: the same fixture gives the same drafts. The
 * generators know nothing of the matcher's rules (its word lists, legal forms or equivalences):
 * each imitates a way people write a name, from the facts and hand-written variants of the fixture.
 */

export type Company = {
  id: string;
  legalName: string;
  form?: string;
  usualName?: string;
  acronym?: string;
  /** What the acronym stands for, when the legal name is the acronym itself. */
  expansion?: string;
  group?: string;
  siren?: string;
  variants?: { joinedOrSplit?: [string, string]; translated?: string[] };
};

export type VariantClass =
  | 'short-name'
  | 'legal-form'
  | 'joined-or-split'
  | 'all-caps'
  | 'dropped-letter'
  | 'dotted-acronym'
  | 'acronym-long-form'
  | 'translated';

export type LookAlikeClass = 'same-group' | 'shared-word' | 'family-name';

/** A name typed for a company of the base: `target` is the company meant. */
export type Variant = { id: string; class: VariantClass; name: string; target: string };
/** A name of one company that must not be taken for `other`, another company of the base. */
export type LookAlike = { id: string; class: LookAlikeClass; name: string; owner: string; other: string };

/** FNV-1a: a stable hash for splits and choices that must not depend on the order of the fixture. */
export const stableHash = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
};

const stripAccents = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const words = (text: string): string[] => stripAccents(text).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

const contains = (longer: string[], shorter: string[]): boolean => shorter.every((w) => longer.includes(w));

/**
 * The name people use: the usual name when it is part of the legal one or the reverse ("Michelin",
 * "Caisse des Dépôts"), else the legal name (a brand that shares nothing with it, "BlaBlaCar" for
 * Comuto, is another name, not a variant).
 */
export const usualName = (c: Company): string => {
  if (!c.usualName) return c.legalName;
  const [usual, legal] = [words(c.usualName), words(c.legalName)];
  return contains(legal, usual) || contains(usual, legal) ? c.usualName : c.legalName;
};

/** Whether the legal name already says its form ("Vivendi SE", "Crédit agricole S.A."). */
const namesItsForm = (c: Company): boolean => !!c.form && words(c.legalName).join('').endsWith(words(c.form).join(''));

/**
 * The name the base stores: the registered name, written with its legal form for about half the
 * companies (CRMs fed from the register do both).
 */
export const storedName = (c: Company): string => (c.form && !namesItsForm(c) && stableHash(`form:${c.id}`) % 2 === 0 ? `${c.legalName} ${c.form}` : c.legalName);

/** The register's acronym ("sigle") is stored beside the name for about half the companies that have one. */
export const storedAcronym = (c: Company): string | undefined => (c.acronym && stableHash(`sigle:${c.id}`) % 2 === 0 ? c.acronym : undefined);

/** Forms as people spell or dot them. */
const SPELLED: Record<string, string> = {
  SA: 'société anonyme',
  SAS: 'société par actions simplifiée',
  SE: 'société européenne',
  SCA: 'société en commandite par actions',
  SNC: 'société en nom collectif',
  SCOP: 'société coopérative et participative',
  SEM: "société d'économie mixte",
};
const dotted = (form: string): string => `${form.split('').join('.')}.`;

const pick = <T>(seed: string, options: readonly T[]): T => options[stableHash(seed) % options.length]!;

/** The usual name alone, for a registered name that says more ("Michelin" for "Compagnie générale des établissements Michelin"). */
const shortName = (c: Company): string | undefined => {
  const usual = usualName(c);
  return words(usual).length < words(c.legalName).length && contains(words(c.legalName), words(usual)) ? usual : undefined;
};

const legalFormVariant = (c: Company): string | undefined => {
  if (!c.form) return undefined;
  const stored = storedName(c);
  const bare = namesItsForm(c) ? c.legalName.slice(0, c.legalName.length - c.form.length).replace(/[\s,]+$/, '') : c.legalName;
  if (stored !== bare) return pick(`lf:${c.id}`, [bare, usualName(c) === c.legalName ? bare : usualName(c)]);
  return pick(`lf:${c.id}`, [`${bare} ${c.form}`, `${bare} ${dotted(c.form)}`, `${c.form} ${bare}`, ...(SPELLED[c.form] ? [`${bare}, ${SPELLED[c.form]}`] : [])]);
};

/** The usual name with its brand spelled the other way, joined or split ("Cap Gemini Technology Services"). */
const joinedOrSplit = (c: Company): string | undefined => {
  const pair = c.variants?.joinedOrSplit;
  const name = usualName(c);
  if (!pair) return undefined;
  const [from, to] = name.includes(pair[0]) ? pair : name.includes(pair[1]) ? [pair[1], pair[0]] : [];
  return from && to ? name.replace(from, to) : undefined;
};

const allCaps = (c: Company): string => stripAccents(joinedOrSplit(c) ?? usualName(c)).toUpperCase();

/** The last word of the usual name, one final letter short ("Capgemin", "Dassault Système"). */
const droppedLetter = (c: Company): string | undefined => {
  const name = usualName(c);
  const match = /(\p{L}{6,})(\P{L}*)$/u.exec(name);
  return match ? `${name.slice(0, match.index)}${match[1].slice(0, -1)}${match[2]}` : undefined;
};

const acronymOf = (c: Company): string | undefined => c.acronym ?? (/^[A-Z]{2,6}$/.test(c.legalName) ? c.legalName : undefined);

const dottedAcronym = (c: Company): string | undefined => {
  const acronym = acronymOf(c);
  return acronym && /^[A-Z]+$/.test(acronym) ? dotted(acronym) : undefined;
};

/** "RATP Régie autonome des transports parisiens", "EDF - Électricité de France". */
const acronymLongForm = (c: Company): string | undefined => {
  const acronym = acronymOf(c);
  const long = c.expansion ?? (c.legalName !== acronym && !words(c.legalName).includes(words(acronym ?? '')[0] ?? '') ? c.legalName : undefined);
  if (!acronym || !long) return undefined;
  return pick(`alf:${c.id}`, [`${acronym} ${long}`, `${acronym} - ${long}`]);
};

const GENERATORS: Record<VariantClass, (c: Company) => string | string[] | undefined> = {
  'short-name': shortName,
  'legal-form': legalFormVariant,
  'joined-or-split': joinedOrSplit,
  'all-caps': allCaps,
  'dropped-letter': droppedLetter,
  'dotted-acronym': dottedAcronym,
  'acronym-long-form': acronymLongForm,
  translated: (c) => c.variants?.translated,
};

/** Every variant of every class for each company, without those that only repeat the stored name. */
export const companyVariants = (companies: readonly Company[]): Variant[] =>
  companies.flatMap((c) =>
    Object.entries(GENERATORS).flatMap(([kind, make]) => {
      const made = make(c);
      const names = (Array.isArray(made) ? made : made ? [made] : []).filter((name) => name !== storedName(c));
      return names.map((name, i) => ({ id: `${c.id}~${kind}${i ? `-${i}` : ''}`, class: kind as VariantClass, name, target: c.id }));
    }),
  );

/**
 * Real companies whose names share a word people also use for the other (hand-picked from the
 * fixture): a generic word ("Crédit", "Air", "Banque"), a place, or all letters but one or two.
 */
const SHARED_WORD_PAIRS: readonly (readonly [string, string])[] = [
  ['credit-agricole', 'credit-mutuel-arkea'], ['lcl', 'cic'], ['credit-agricole', 'credit-cooperatif'], ['air-france', 'air-liquide'],
  ['banque-de-france', 'la-banque-postale'], ['compagnie-des-alpes', 'saint-gobain'], ['societe-generale', 'bic'], ['edf', 'electricite-de-strasbourg'],
  ['aeroports-de-paris', 'ville-de-paris'], ['france-televisions', 'radio-france'], ['france-televisions', 'france-travail'], ['seb', 'aeroports-de-paris'],
  ['orange', 'orano'], ['ipsen', 'ipsos'], ['arkema', 'credit-mutuel-arkea'], ['saft', 'safran'], ['elis', 'elior'], ['nexans', 'nexity'],
  ['engie', 'enedis'], ['pierre-fabre', 'pierre-et-vacances'], ['veolia', 'seche'], ['vinci-energies', 'technip-energies'],
  ['airbus-helicopters', 'safran-helicopter-engines'], ['renault', 'renault-trucks'], ['cnr', 'cnrs'], ['cnes', 'cnrs'], ['maif', 'maif-vie'],
  ['accor', 'accorinvest'],
];

/** Other companies of one group, as the group's name written for one of them. */
const sameGroupPairs = (companies: readonly Company[]): [Company, Company][] => {
  const groups = new Map<string, Company[]>();
  for (const c of companies) if (c.group) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return [...groups.values()].flatMap((members) => members.flatMap((a) => members.filter((b) => b !== a).map((b): [Company, Company] => [a, b])));
};

export const companyLookAlikes = (companies: readonly Company[]): LookAlike[] => {
  const byId = new Map(companies.map((c) => [c.id, c]));
  const shared = SHARED_WORD_PAIRS.filter(([a, b]) => a !== b && byId.has(a) && byId.has(b)).flatMap(([a, b]) => [
    [byId.get(a)!, byId.get(b)!],
    [byId.get(b)!, byId.get(a)!],
  ]);
  const lookAlike = (kind: LookAlikeClass) => ([a, b]: Company[]): LookAlike => ({ id: `${a!.id}~${kind}~${b!.id}`, class: kind, name: usualName(a!), owner: a!.id, other: b!.id });
  return [...sameGroupPairs(companies).map(lookAlike('same-group')), ...shared.map(lookAlike('shared-word'))];
};
