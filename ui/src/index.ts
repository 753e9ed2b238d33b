/**
 * `@relais/ui`: the API client and i18n. Components come by folder (`@relais/ui/components/card`,
 * `…/tier-match`, …) and sign-in by provider (`@relais/ui/auth/dev`, `…/auth/naa`), so a page
 * bundles only what it uses and MSAL only where it signs in.
 */
export * from './api';
export * from './i18n';
