import type { Address } from '@relais/domain';

/** SIREN `362 275 869` and SIRET `362 275 869 06965`, grouped as on a Kbis. */
export const formatSiren = (siren: string): string => siren.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
export const formatSiret = (siret: string): string =>
  siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4');

/** An address as the lines a French envelope carries: street lines, PO box, postcode, city, CEDEX. */
export const addressLines = (address: Partial<Address>): string[] => {
  const city = [address.postcode, address.city, address.cedex].filter(Boolean).join(' ');
  return [
    ...(address.lines ?? []).filter((l) => l !== address.poBox),
    address.poBox,
    city,
    address.country && address.country !== 'FR' ? address.country : undefined,
  ].filter((line): line is string => Boolean(line));
};

/** OpenStreetMap centred on the coordinates: no key, no tracking script, opens anywhere. */
export const mapUrl = (coordinates: { lat: number; lon: number }): string =>
  `https://www.openstreetmap.org/?mlat=${coordinates.lat}&mlon=${coordinates.lon}#map=17/${coordinates.lat}/${coordinates.lon}`;

export const websiteUrl = (website: string): string =>
  /^https?:\/\//i.test(website) ? website : `https://${website}`;

export const telUrl = (number: string): string => `tel:${number.replace(/[^+0-9]/g, '')}`;
