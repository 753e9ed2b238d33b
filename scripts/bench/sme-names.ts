/**
 * Small and mid-sized French companies, made up but written the way registers and CRMs hold them
 * (trade and family name, legal forms down to EURL, SASU, SELARL, SCI, GIE, SEM, SCOP), seeded so
 * every run makes the same ones. They fill the base around the real companies, so that words are
 * as common as in a real base ("Transports", "Martin"), and give variants and look-alikes of their own.
 */
import type { LookAlike, Variant } from './company-variants';
import { seededRandom } from './seeded-random';

export type Sme = { id: string; name: string; form: string; core: string };

const TRADES = [
  'Boulangerie', 'Transports', 'Garage', 'Plomberie', 'Menuiserie', 'Imprimerie', 'Laboratoires', 'Pharmacie', 'Cabinet', 'Atelier',
  'Fromagerie', 'Brasserie', 'Charpente', 'Électricité', 'Quincaillerie', 'Scierie', 'Tonnellerie', 'Verrerie', 'Maçonnerie', 'Carrosserie',
  'Librairie', 'Pâtisserie', 'Chaudronnerie', 'Serrurerie', 'Couverture', 'Peinture', 'Informatique', 'Nettoyage', 'Boucherie', 'Conserverie',
  'Fonderie', 'Distillerie', 'Papeterie', 'Maroquinerie', 'Ébénisterie', 'Horlogerie', 'Confiserie', 'Chocolaterie', 'Logistique', 'Immobilier',
  'Environnement', 'Énergies', 'Services', 'Construction', 'Ingénierie', 'Conseil', 'Distribution', 'Télécom', 'Travaux Publics', 'Bâtiment',
];
const SURNAMES = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Lefèvre', 'Leroy',
  'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller',
  'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia', 'Perrin',
  'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Masson', 'Marchand', 'Duval', 'Denis', 'Dumont', 'Lemaire', 'Noël',
  'Meyer', 'Dufour', 'Meunier', 'Brun', 'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martinez', 'Roche',
  'Renard', 'Schmitt', 'Colin', 'Vidal', 'Caron', 'Picard', 'Roger', 'Fabre', 'Aubert', 'Lemoine', 'Renaud', 'Dumas', 'Lacroix', 'Olivier',
  'Bourgeois', 'Benoît', 'Rey', 'Leclerc', 'Payet', 'Rolland', 'Guillaume', 'Lecomte', 'Lopez', 'Dupuy', 'Guillot', 'Hubert', 'Berger',
  'Carpentier', 'Sanchez', 'Dupuis', 'Moulin', 'Deschamps', 'Huet', 'Vasseur', 'Perez', 'Boucher', 'Fleury', 'Royer', 'Klein', 'Jacquet',
  'Poirier', 'Marty', 'Aubry', 'Guyot', 'Carré', 'Charpentier', 'Ménard', 'Maillard', 'Baron', 'Bertin', 'Bailly', 'Hervé', 'Schneider',
  'Collet', 'Léger', 'Bouvier', 'Prévost', 'Millet', 'Perrot', 'Cousin', 'Germain', 'Breton', 'Besson', 'Langlois', 'Pelletier', 'Lévêque',
  'Perrier', 'Leblanc', 'Lebrun', 'Marchal', 'Weber', 'Mallet', 'Hamon', 'Jacob', 'Monnier', 'Michaud', 'Guichard', 'Gillet', 'Tessier',
  'Chauvin', 'Bouchet', 'Humbert', 'Reynaud', 'Cordier', 'Pichon', 'Lejeune', 'Gilbert', 'Lamy', 'Delaunay', 'Pasquier', 'Carlier', 'Laporte',
  'Thibault', 'Vallet', 'Hoarau', 'Marie', 'Rodriguez', 'Gomez', 'Fernandez', 'Etienne', 'Boulanger', 'Dumoulin', 'Leroux',
  'Lefort', 'Fleuret', 'Barre', 'Camus', 'Chauvet', 'Delmas', 'Ferrand', 'Guillou', 'Hardy', 'Jourdan', 'Labbé', 'Lagarde', 'Leconte',
  'Maréchal', 'Navarro', 'Ollivier', 'Pineau', 'Poulain', 'Raynaud', 'Rigaud', 'Sauvage', 'Texier', 'Tournier', 'Vaillant', 'Verdier',
];
/** Words French company names add after a family name ("Martin Technologies") or put before a place ("Mutuelle de Lyon"). */
const ACTIVITIES = [
  'Services', 'Technologies', 'Conseil', 'Consulting', 'Solutions', 'Systèmes', 'Ingénierie', 'Industrie', 'Distribution', 'Immobilier',
  'Gestion', 'Finance', 'Investissements', 'Participations', 'Développement', 'Environnement', 'Énergies', 'Télécom', 'Logistique',
  'Transports', 'Construction', 'Bâtiment', 'Santé', 'Médical', 'Assurances', 'Automobiles', 'Vie', 'Union', 'Enseigne',
];
const PLACE_FIRST = ['Mutuelle', 'Union', 'Hypermarché', 'Supermarché', 'Clinique', 'Laboratoires'];
const FIRST_NAMES = ['Jean', 'Pierre', 'Michel', 'Alain', 'Nicolas', 'Marie', 'Nathalie', 'Isabelle', 'Sophie', 'Laurent', 'Claire', 'Julien', 'Paul', 'Louis'];
const PLACES = ['Les Tilleuls', 'Le Moulin', 'Les Chênes', 'La Source', 'Le Port', 'Les Vignes', 'La Gare', 'Le Château', 'Les Prés', 'La Forge'];
const CITIES = ['Lyon', 'Nantes', 'Lille', 'Rennes', 'Dijon', 'Annecy', 'Brest', 'Amiens', 'Tours', 'Metz', 'Pau', 'Caen', 'Nîmes', 'Reims'];
const COMMON_FORMS = ['SAS', 'SARL', 'SA', 'EURL', 'SASU', 'SNC'];

/** One company's name by its kind: a trade, a liberal practice, a property company, a public-private or cooperative body. */
const makeSme = (i: number): Sme => {
  const next = seededRandom(i * 7919 + 11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const roll = next();
  if (roll < 0.06) {
    const core = `SCI ${pick([...PLACES, pick(SURNAMES)])} ${pick(CITIES)}`;
    return { id: `sme-${i}`, name: core, form: 'SCI', core: core.slice(4) };
  }
  if (roll < 0.1) {
    const core = `Cabinet ${pick(SURNAMES)} ${pick(['Avocats', 'Dentaire', 'Vétérinaire', 'Notaires', 'Architectes'])}`;
    return { id: `sme-${i}`, name: `${core} SELARL`, form: 'SELARL', core };
  }
  if (roll < 0.12) {
    const core = `${pick(CITIES)} ${pick(['Aménagement', 'Habitat', 'Développement', 'Parkings'])}`;
    return { id: `sme-${i}`, name: `SEM ${core}`, form: 'SEM', core };
  }
  if (roll < 0.14) {
    const core = `${pick(['Les Vignerons', 'Les Artisans', 'Les Transporteurs', 'Les Pharmaciens'])} de ${pick(CITIES)}`;
    return { id: `sme-${i}`, name: `GIE ${core}`, form: 'GIE', core };
  }
  if (roll < 0.17) {
    const core = `${pick(TRADES)} ${pick(SURNAMES)}`;
    return { id: `sme-${i}`, name: `${core} SCOP`, form: 'SCOP', core };
  }
  if (roll < 0.29) {
    const core = `${pick(SURNAMES)} ${pick(ACTIVITIES)}`;
    const form = pick(COMMON_FORMS);
    return { id: `sme-${i}`, name: `${core} ${form}`, form, core };
  }
  if (roll < 0.33) {
    const core = `${pick(PLACE_FIRST)} ${pick(['de', 'du Grand', "d'"])} ${pick(CITIES)}`.replace("d' ", "d'");
    return { id: `sme-${i}`, name: core, form: '', core };
  }
  const second = next() < 0.3 ? ` ${pick(['& Fils', 'Frères', `et ${pick(SURNAMES)}`, pick(SURNAMES), pick(FIRST_NAMES)])}` : '';
  const core = next() < 0.15 ? `${pick(FIRST_NAMES)} ${pick(SURNAMES)}${second}` : `${pick(TRADES)} ${pick(SURNAMES)}${second}`;
  const form = pick(COMMON_FORMS);
  return { id: `sme-${i}`, name: `${core} ${form}`, form, core };
};

/**
 * `count` companies with distinct names: no two share their first two words but "de", "du"…, in
 * any order ("Transports Thomas", "Transports Thomas & Fils" and "Thomas Transports" would be one
 * company written three times).
 */
export const makeSmes = (count: number): Sme[] => {
  const seen = new Set<string>();
  const smes: Sme[] = [];
  for (let i = 0; smes.length < count; i += 1) {
    if (i > count * 20) throw new Error(`Only ${smes.length} distinct names can be made, not ${count}.`);
    const sme = makeSme(i);
    const key = sme.core
      .toLowerCase()
      .split(/[\s']+/)
      .filter((w) => !['de', 'du', 'd', 'grand'].includes(w))
      .slice(0, 2)
      .sort()
      .join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    smes.push(sme);
  }
  return smes;
};

const stripAccents = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const FORMS_OF_THE_ISSUE = new Set(['EURL', 'SASU', 'SELARL', 'SCI', 'SEM', 'GIE', 'SCOP', 'SNC']);

/** Every `every`-th company: its name written without its form or with it moved, in capitals, or with its last letter dropped. */
export const smeVariants = (smes: readonly Sme[], every: number): Variant[] =>
  smes
    .filter((_, i) => i % every === 0)
    .flatMap((sme, i): Variant[] => {
      const variants: Variant[] = [];
      if (FORMS_OF_THE_ISSUE.has(sme.form)) variants.push({ id: `${sme.id}~legal-form`, class: 'legal-form', name: i % 2 ? sme.core : `${sme.core} (${sme.form})`, target: sme.id });
      if (i % 3 === 0) variants.push({ id: `${sme.id}~all-caps`, class: 'all-caps', name: stripAccents(sme.core).toUpperCase(), target: sme.id });
      const last = /(\p{L}{6,})$/u.exec(sme.core);
      if (last && i % 3 === 1) variants.push({ id: `${sme.id}~dropped-letter`, class: 'dropped-letter', name: sme.core.slice(0, -1), target: sme.id });
      return variants;
    });

/**
 * Companies of the base sharing a family name with other first words ("Boulangerie Martin" and
 * "Garage Martin", "Jean Martin" and "Paul Martin"): each one's name must not be taken for the other.
 */
export const smeLookAlikes = (smes: readonly Sme[], limit: number): LookAlike[] => {
  const bySurname = new Map<string, Sme[]>();
  for (const sme of smes) {
    const words = sme.core.split(' ');
    if (words.length !== 2 || !SURNAMES.includes(words[1]!)) continue;
    bySurname.set(words[1]!, [...(bySurname.get(words[1]!) ?? []), sme]);
  }
  // Two pairs per family name at most, so that no one name stands for the whole class.
  const pairs = [...bySurname.values()].flatMap((group) => group.slice(1, 3).map((other) => [group[0]!, other] as const));
  return pairs.slice(0, limit).map(([a, b]) => ({ id: `${a.id}~family-name~${b.id}`, class: 'family-name', name: a.core, owner: a.id, other: b.id }));
};
