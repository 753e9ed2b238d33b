import { countryCode } from './country-codes';

/** An address as the schema stores it, read out of the text a file gives. */
export type AddressParts = { lines?: string[]; poBox?: string; postcode?: string; city?: string; cedex?: string; country?: string };

/** `parsed` when a postcode or a city was found; otherwise the text is kept as written, on its lines. */
export type AddressReading = { parsed: boolean; address: AddressParts };

const MAX_LINES = 4;
const MAX_LINE = 120;

/** Postcodes by country; France's are five digits from 01 to 98 (Corsica 20, overseas 97, Monaco 980). */
const POSTCODE: Record<string, RegExp> = {
  FR: /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/,
  MC: /^980\d{2}$/,
  BE: /^\d{4}$/,
  CH: /^\d{4}$/,
  AT: /^\d{4}$/,
  LU: /^(?:L-)?\d{4}$/,
  DE: /^\d{5}$/,
  ES: /^\d{5}$/,
  IT: /^\d{5}$/,
  PT: /^\d{4}-\d{3}$/,
  NL: /^\d{4} ?[A-Z]{2}$/,
};
const postcodeFits = (code: string, country: string | undefined): boolean =>
  (country && POSTCODE[country] ? POSTCODE[country] : country ? /^\d{4,6}$/ : POSTCODE.FR!).test(code);

/** Candidate postcodes inside a segment: digit groups (and the few lettered forms above), not a PO box's number. */
const POSTCODE_TOKEN = /(?<![\p{L}\d-])(?:F-|FR-)?(L-\d{4}|\d{4}-\d{3}|\d{4} ?[A-Z]{2}(?![\p{L}])|\d{2} \d{3}|\d{4,5})(?![\d])/gu;
const PO_BOX = /\b(B\.?\s?P\.?|C\.?S\.?|T\.?S\.?A\.?|bo[iî]te postale|case postale)\s*(\d{1,6})\b/iu;
const PO_BOX_BEFORE = /(?:\bB\.?\s?P\.?|\bC\.?S\.?|\bT\.?S\.?A\.?|postale|\bcedex)\s*$/iu;
const CEDEX = /(?:^|\s)cedex(?:\s+(\d{1,3}))?\s*$/iu;

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** "BP 12", "B.P.12", "Boîte postale 12" → "BP 12"; "CS 70001", "TSA 30012" likewise. */
const poBoxOf = (line: string): { poBox?: string; rest: string } => {
  const match = PO_BOX.exec(line);
  if (!match) return { rest: line };
  const word = match[1]!.replace(/[.\s]/g, '').toUpperCase();
  const kind = word.startsWith('BO') || word.startsWith('CASE') ? 'BP' : word;
  return { poBox: `${kind} ${match[2]}`, rest: clean(line.replace(match[0], ' ').replace(/^[\s,–-]+|[\s,–-]+$/g, '')) };
};

/** "Lille Cedex 08" → city "Lille", cedex "CEDEX 08", as La Poste writes the last line. */
export const cityAndCedex = (text: string): { city?: string; cedex?: string } => {
  const match = CEDEX.exec(text);
  const city = clean(match ? text.slice(0, match.index) : text);
  return { ...(city ? { city } : {}), ...(match ? { cedex: match[1] ? `CEDEX ${match[1]}` : 'CEDEX' } : {}) };
};

/** The trailing country of the address, whole segment or last words of it, unless what remains is a bare postcode ("98000 Monaco"). */
const takeCountry = (segments: string[]): string | undefined => {
  const last = segments[segments.length - 1];
  if (!last) return undefined;
  const whole = countryCode(last);
  if (whole && segments.length > 1) {
    segments.pop();
    return whole;
  }
  const words = last.split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n -= 1) {
    const code = countryCode(words.slice(-n).join(' '));
    const rest = words.slice(0, -n).join(' ');
    if (code && !/^[\d\s-]+$/.test(rest)) {
      segments[segments.length - 1] = rest;
      return code;
    }
  }
  return undefined;
};

type Found = { segment: number; before: string; code: string; after: string };

/** The last segment holding a postcode that fits the country, with what stands before and after it. */
const findPostcode = (segments: readonly string[], country: string | undefined): Found | undefined => {
  for (let s = segments.length - 1; s >= 0; s -= 1) {
    const text = segments[s]!;
    const matches = [...text.matchAll(POSTCODE_TOKEN)].reverse();
    for (const match of matches) {
      const code = match[1]!.replace(/^(\d{2}) (\d{3})$/, '$1$2');
      const before = text.slice(0, match.index);
      if (PO_BOX_BEFORE.test(before) || !postcodeFits(code, country)) continue;
      return { segment: s, before: clean(before), code, after: clean(text.slice(match.index + match[0].length)) };
    }
  }
  return undefined;
};

/** Street lines: PO boxes taken out, at most four lines (the last gathering the rest), none too long. */
export const streetLines = (raw: readonly string[]): { lines: string[]; poBox?: string } | undefined => {
  let poBox: string | undefined;
  const lines: string[] = [];
  for (const line of raw) {
    const box = poBox ? { rest: line } : poBoxOf(line);
    poBox ??= box.poBox;
    if (box.rest) lines.push(box.rest);
  }
  const kept = lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES - 1), lines.slice(MAX_LINES - 1).join(', ')] : lines;
  if (kept.some((l) => l.length > MAX_LINE)) return undefined;
  return { lines: kept, ...(poBox ? { poBox } : {}) };
};

const asWritten = (text: string, country: string | undefined): AddressReading => {
  const segments = text.split(/\s*[,;\n]\s*/).map(clean).filter(Boolean);
  const lines = text.length <= MAX_LINE ? [clean(text)] : streetLines(segments)?.lines.map((l) => l.slice(0, MAX_LINE)) ?? [clean(text).slice(0, MAX_LINE)];
  return { parsed: false, address: { lines: lines.slice(0, MAX_LINES), ...(country ? { country } : {}) } };
};

/**
 * Reads an address written on one line ("12 rue X, 59000 Lille, France", Pipedrive's format) by the
 * French postal rules (NF Z10-011): the line with the postcode is the last but the country; the
 * city follows the postcode, with its CEDEX (and office number) if any; lines before it are the
 * street, complements and lieu-dit; BP, CS and TSA lines are the PO box. Without a postcode, a last
 * segment free of digits is read as the city. Anything else is kept as written.
 */
export const readOneLineAddress = (text: string, knownCountry?: string): AddressReading => {
  const segments = text.split(/\s*[,;\n]\s*/).map(clean).filter(Boolean);
  const country = takeCountry(segments) ?? knownCountry;
  if (segments.length === 0) return asWritten(text, country);
  const found = findPostcode(segments, country);
  let street: string[];
  let place: { city?: string; cedex?: string };
  let postcode: string | undefined;
  if (found) {
    postcode = found.code;
    const next = segments[found.segment + 1];
    const cedexSegment = next && /^cedex(\s+\d{1,3})?$/i.test(next) ? next : undefined;
    const cityText = found.after || (found.before && !/\d/.test(found.before) ? found.before : next && !cedexSegment ? next : '');
    // "59000 Lille CS 70001": a PO box written after the city belongs with the street lines.
    const box = poBoxOf(cedexSegment ? `${cityText} ${cedexSegment}` : cityText);
    place = cityAndCedex(box.rest);
    const streetInSegment = found.after || cityText !== found.before ? found.before : '';
    street = [...segments.slice(0, found.segment), ...(streetInSegment ? [streetInSegment] : []), ...(box.poBox ? [box.poBox] : [])];
  } else {
    const last = segments[segments.length - 1]!;
    if (segments.length < 2 || /\d/.test(last) || PO_BOX.test(last)) return asWritten(text, country);
    place = cityAndCedex(last);
    street = segments.slice(0, -1);
  }
  const lines = streetLines(street);
  if (!lines || !place.city) return asWritten(text, country);
  const monaco = postcode && POSTCODE.MC!.test(postcode) && !country ? 'MC' : undefined;
  return {
    parsed: true,
    address: {
      ...(lines.lines.length > 0 ? { lines: lines.lines } : {}),
      ...(lines.poBox ? { poBox: lines.poBox } : {}),
      ...(postcode ? { postcode } : {}),
      ...place,
      ...(country || monaco ? { country: country ?? monaco } : {}),
    },
  };
};
