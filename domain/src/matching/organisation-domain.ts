/**
 * The part of a host that identifies who owns it: "mail.edf.fr" → "edf.fr", "shop.acme.co.uk" →
 * "acme.co.uk". A compact stand-in for the public-suffix list: second-level labels that registries
 * sell under a country code.
 */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gouv', 'gov', 'asso', 'ac', 'edu', 'nom', 'ltd', 'plc']);

export const registrableDomain = (host: string): string => {
  const labels = host.split('.');
  if (labels.length < 3) return host;
  const tld = labels[labels.length - 1];
  const second = labels[labels.length - 2];
  const keep = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
};

/** Mail providers whose brand is the same under every top-level domain (hotmail.fr, yahoo.co.uk…). */
const WEBMAIL_BRANDS = new Set([
  'gmail', 'googlemail', 'hotmail', 'outlook', 'live', 'msn', 'yahoo', 'ymail', 'aol', 'icloud',
  'gmx', 'protonmail', 'proton', 'yandex', 'zoho', 'tutanota', 'tuta', 'mailo', 'fastmail',
]);

/** French access providers and portals whose addresses belong to individuals, not companies. */
const WEBMAIL_DOMAINS = new Set([
  'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'neuf.fr', 'laposte.net', 'bbox.fr', 'numericable.fr',
  'aliceadsl.fr', 'alice.fr', 'club-internet.fr', 'voila.fr', 'cegetel.net', 'noos.fr', 'libertysurf.fr',
  'tiscali.fr', '9online.fr', 'me.com', 'mac.com', 'mail.com', 'mail.ru', 'caramail.com', 'aol.fr',
  'nordnet.fr', 'netcourrier.com', 'skynet.be', 'bluewin.ch', 'web.de', 't-online.de',
  'numericable.com', 'akeonet.com', 'dbmail.com', 'infonie.fr', 'worldonline.fr',
]);

/** True for domains shared by unrelated people, which therefore prove nothing about a company. */
export const isWebmailDomain = (domain: string): boolean => {
  const registrable = registrableDomain(domain);
  return WEBMAIL_DOMAINS.has(registrable) || WEBMAIL_BRANDS.has(registrable.split('.')[0]);
};
