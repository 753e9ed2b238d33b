/**
 * Prefills for a contact created from an e-mail address: a guess the rep corrects, never a fact.
 */

// Personal mailboxes: their domain says nothing about an employer.
const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'outlook.fr',
  'hotmail.com',
  'hotmail.fr',
  'live.com',
  'live.fr',
  'msn.com',
  'yahoo.com',
  'yahoo.fr',
  'icloud.com',
  'me.com',
  'aol.com',
  'gmx.fr',
  'gmx.com',
  'proton.me',
  'protonmail.com',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'neuf.fr',
  'laposte.net',
  'bbox.fr',
  'numericable.fr',
  'club-internet.fr',
]);

export const domainOf = (email: string): string =>
  email
    .slice(email.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase();

export const isPublicMailDomain = (domain: string): boolean => PUBLIC_MAIL_DOMAINS.has(domain.toLowerCase());

const capitalise = (word: string): string =>
  word
    .toLowerCase()
    .replace(/(^|[-'’\s])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

// Particles belong to the family name and stay lower-case: "Jean de la Fontaine".
const PARTICLES = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'di',
  'da',
  "d'",
  'd’',
]);

const nameOf = (words: string[]): string =>
  words
    .map((word, i) => (i > 0 && PARTICLES.has(word.toLowerCase()) ? word.toLowerCase() : capitalise(word)))
    .join(' ');

const isUpperCaseWord = (word: string): boolean =>
  word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

/** "Anne Lemaire", "LEMAIRE Anne", "Lemaire, Anne", or the address "anne.lemaire@…" → first and last name. */
export const guessNames = (displayName: string, email: string): { firstName: string; lastName: string } => {
  const name = displayName
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/["“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (name && !name.includes('@')) {
    const comma = name.split(',').map((part) => part.trim());
    if (comma.length === 2 && comma[0] && comma[1])
      return { firstName: capitalise(comma[1]), lastName: capitalise(comma[0]) };
    // Emoji and symbols are decoration, not names.
    const words = name.split(' ').filter((word) => /\p{L}/u.test(word));
    if (words.length >= 2) {
      const upper = words.filter(isUpperCaseWord);
      // French directories write the family name in capitals: "LEMAIRE Anne" or "Anne LEMAIRE".
      if (upper.length > 0 && upper.length < words.length)
        return { firstName: nameOf(words.filter((w) => !isUpperCaseWord(w))), lastName: nameOf(upper) };
      const particle = words.findIndex(
        (word, i) => i > 0 && i < words.length - 1 && PARTICLES.has(word.toLowerCase()),
      );
      const split = particle > 0 ? particle : words.length - 1;
      const lastName = words
        .slice(split)
        .map((w) => (PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : capitalise(w)));
      return { firstName: nameOf(words.slice(0, split)), lastName: lastName.join(' ') };
    }
    if (words.length === 1 && words[0]) return { firstName: '', lastName: capitalise(words[0]) };
  }
  const local = email.slice(0, Math.max(0, email.lastIndexOf('@'))).replace(/\+.*$/, '');
  const parts = local.split(/[._]/).filter((part) => /\p{L}/u.test(part));
  if (parts.length >= 2)
    return {
      firstName: capitalise(parts.slice(0, -1).join(' ')),
      lastName: capitalise(parts[parts.length - 1]!),
    };
  // A single word (achats@, contact@) is a role mailbox more often than a name: let the rep type it.
  return { firstName: '', lastName: '' };
};

const SECOND_LEVEL = new Set(['co', 'com', 'gouv', 'asso', 'org', 'net', 'ac']);

/** "menuiserie-aubert.fr" → "Menuiserie Aubert": the registrable label, words restored. */
export const guessOrganisationName = (domain: string): string => {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  if (labels.length === 0) return '';
  labels.pop();
  if (labels.length > 1 && SECOND_LEVEL.has(labels[labels.length - 1]!)) labels.pop();
  const label = labels[labels.length - 1] ?? domain;
  return capitalise(label.replace(/[-_]+/g, ' ').trim());
};
