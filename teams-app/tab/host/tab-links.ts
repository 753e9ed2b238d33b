/** The query parameters a Relais page hands on to the pages it links to: the dev user and the language. */
export const carriedParams = ['user', 'lang'] as const;

export type TabRoute = '/tab/config' | '/tab/card' | '/tab/my-actions' | '/tab/approvals';

/** A link to another Relais page that keeps the dev user and the language of this one. */
export const tabHref = (
  route: TabRoute,
  params: Record<string, string> = {},
  from: URLSearchParams = new URLSearchParams(window.location.search),
): string => {
  const next = new URLSearchParams();
  for (const name of carriedParams) {
    const value = from.get(name);
    if (value) next.set(name, value);
  }
  for (const [name, value] of Object.entries(params)) next.set(name, value);
  const query = next.toString();
  return query ? `${route}?${query}` : route;
};
