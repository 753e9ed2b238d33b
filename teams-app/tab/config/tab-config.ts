export type TabConfig = {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
};

const MAX_TAB_NAME = 40;

/** Teams shows tab names in a narrow strip: long names are cut on a word, with an ellipsis. */
export const tabName = (name: string): string => {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_TAB_NAME) return clean;
  const cut = clean.slice(0, MAX_TAB_NAME - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TAB_NAME / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
};

/**
 * What the channel tab saves: the card page with the tier id, nothing else (never the dev user or
 * the language of the configuration page: in Teams the signed-in user and the locale come from the host).
 */
export const buildTabConfig = (tier: { id: string; name: string }, origin: string): TabConfig => {
  const contentUrl = `${origin}/tab/card?${new URLSearchParams({ tierId: tier.id }).toString()}`;
  return {
    entityId: `relais-card-${tier.id}`,
    contentUrl,
    websiteUrl: contentUrl,
    suggestedDisplayName: tabName(tier.name),
  };
};

/** The tier a saved tab shows, read back from its content URL (when the tab is reconfigured). */
export const tierIdOfContentUrl = (contentUrl: string | undefined): string | null => {
  if (!contentUrl) return null;
  try {
    return new URL(contentUrl).searchParams.get('tierId');
  } catch {
    return null;
  }
};
