/**
 * The Microsoft 365 hosts allowed to frame the pane and the tabs, as the Teams platform documents
 * them (tab requirements): the new cloud.microsoft domain, Teams, Microsoft 365 and Outlook on the web.
 */
export const FRAME_ANCESTORS = [
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://outlook.live.com',
];

/**
 * Where the pages reach besides their own origin: office.js from Microsoft's CDN, Entra for MSAL
 * outside nested app authentication, and the CDN teams-js reads its list of host domains from.
 */
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const ENTRA = 'https://login.microsoftonline.com';
const TEAMS_VALID_DOMAINS = 'https://res.cdn.office.net';

const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_CDN}`,
  // Fluent UI (Griffel) inserts its style rules at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self' ${ENTRA} ${TEAMS_VALID_DOMAINS}`,
  `frame-src 'self' ${ENTRA}`,
  // 'self': a page of Relais may frame another (the tests embed the card this way).
  `frame-ancestors 'self' ${FRAME_ANCESTORS.join(' ')}`,
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** Headers every page and asset carries; the policy only matters on documents, HSTS only over HTTPS in production. */
export const securityHeaders = (options: { document: boolean; hsts: boolean }): Record<string, string> => ({
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  ...(options.document ? { 'content-security-policy': contentSecurityPolicy } : {}),
  ...(options.hsts ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
});
