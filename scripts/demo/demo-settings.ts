/**
 * The settings `npm start` runs the demo with (each overridable from the environment): the demo
 * users' domain is the company's own, so their addresses are colleagues, not tiers; and with no
 * Microsoft Graph to ask for managers, Marc Dubois (manager of both demo teams) approves the
 * teams' reference-data changes, Sophie Leroy (data steward) anything else. The bot hears Microsoft
 * 365 Agents Playground (dev mode only), whose user acts as Marc Dubois (docs/approvals.md).
 */
export const DEMO_SETTINGS: Record<string, string> = {
  RELAIS_INTERNAL_DOMAINS: 'relais-demo.fr',
  RELAIS_STEWARD_GROUPS: JSON.stringify({ 'team:nord': ['marc.dubois'], 'team:sud': ['marc.dubois'] }),
  RELAIS_STEWARD_IDS: 'sophie.leroy',
  RELAIS_BOT_PLAYGROUND: 'true',
};
