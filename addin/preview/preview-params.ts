import { demoUserFor, type DevUser } from '@relais/ui/auth/dev';
import { decodeItemParam, encodeItemParam, type PreviewItem } from './office-stub';

/**
 * What the preview URL says: `?item=<base64url JSON>&user=<e-mail>&lang=fr|en`. A big item (200
 * recipients) may come as `#item=` instead: a fragment never reaches the server, whose request line
 * is limited (Node 16 KB, Azure less).
 */
export type PreviewParams = { item: PreviewItem | undefined; user: DevUser; displayLanguage: string };

export const readPreviewParams = (search: string, hash: string, browserLanguage: string): PreviewParams => {
  const params = new URLSearchParams(search);
  const item = params.get('item') ?? new URLSearchParams(hash.replace(/^#/, '')).get('item');
  const lang = params.get('lang');
  return {
    // Throws PreviewItemError naming the bad field; the page shows it.
    item: item ? decodeItemParam(item) : undefined,
    user: demoUserFor(params.get('user')),
    displayLanguage: lang === 'fr' ? 'fr-FR' : lang === 'en' ? 'en-US' : browserLanguage,
  };
};

/** Past this length the item goes in the fragment. */
const LONG_ITEM = 4000;

export const previewHref = (item: PreviewItem, user: DevUser, lang: string | undefined): string => {
  const encoded = encodeItemParam(item);
  const params = new URLSearchParams({ user: user.email ?? user.userId });
  if (lang) params.set('lang', lang);
  return encoded.length > LONG_ITEM
    ? `?${params.toString()}#item=${encoded}`
    : `?${params.toString()}&item=${encoded}`;
};
