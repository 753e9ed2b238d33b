/**
 * Where a request comes from, for counting calls that carry no valid token: the address the
 * outermost trusted proxy saw, read from `X-Forwarded-For` counting `trustedProxies` entries from
 * the right (Azure's front end appends the peer it saw; the local host does the same). Entries
 * further left are whatever the client wrote, so they are never trusted.
 */
export const clientAddress = (forwardedFor: string | null, trustedProxies: number): string => {
  const hops = (forwardedFor ?? '').split(',').map((hop) => hop.trim()).filter(Boolean);
  const hop = hops[Math.max(0, hops.length - Math.max(1, trustedProxies))];
  return hop ? withoutPort(hop) : 'unknown';
};

/** `203.0.113.7:52114` and `[2001:db8::1]:443` name one client whatever their source port. */
const withoutPort = (hop: string): string => {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hop);
  if (bracketed) return bracketed[1]!;
  return /^[^:]+:\d+$/.test(hop) ? hop.slice(0, hop.lastIndexOf(':')) : hop;
};
