import type { Route } from './route';

export type RouteMatch = { route: Route; params: Record<string, string> } | { allowed: string[] } | undefined;

const segmentsOf = (path: string) => path.split('/').filter(Boolean);

/** Malformed percent-encoding stays as sent: the id check then refuses it with a 400, never a 500. */
const decoded = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** Literal segments win over `{param}` ones (as in Azure Functions), so `tiers/match` beats `tiers/{id}`. */
const specificity = (route: Route) => segmentsOf(route.path).map((s) => (s.startsWith('{') ? '1' : '0')).join('');

export const matchRoute = (routes: readonly Route[], method: string, apiPath: string): RouteMatch => {
  const parts = segmentsOf(apiPath);
  const candidates = routes
    .map((route) => {
      const pattern = segmentsOf(route.path);
      if (pattern.length !== parts.length) return undefined;
      const params: Record<string, string> = {};
      for (let i = 0; i < pattern.length; i += 1) {
        const p = pattern[i]!;
        if (p.startsWith('{')) params[p.slice(1, -1)] = decoded(parts[i]!);
        else if (p !== parts[i]) return undefined;
      }
      return { route, params };
    })
    .filter((m): m is { route: Route; params: Record<string, string> } => m !== undefined)
    .sort((a, b) => specificity(a.route).localeCompare(specificity(b.route)));
  const exact = candidates.find((m) => m.route.method === method);
  if (exact) return exact;
  return candidates.length > 0 ? { allowed: [...new Set(candidates.map((c) => c.route.method))] } : undefined;
};
