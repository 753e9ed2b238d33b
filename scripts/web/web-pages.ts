/**
 * Every page the product serves besides the API: the Outlook pane (in Outlook and in the preview
 * harness) and the Teams pages. The build bundles each entry; the hosts serve `route`.
 */
export type WebPage = { route: string; entry: string; title: string; officeJs?: boolean };

/**
 * A script bundle that is no page of its own (no HTML, no address of its own): served as
 * `/assets/<name>-<hash>.js`, its address written into every page (ui/src/auth/lazy-naa-token-provider.ts).
 */
export type WebScript = { name: string; entry: string };

export const webPages: WebPage[] = [
  { route: '/addin/taskpane', entry: 'addin/src/taskpane-main.tsx', title: 'Relais', officeJs: true },
  { route: '/addin/preview', entry: 'addin/preview/preview-main.tsx', title: 'Relais — Outlook preview' },
  { route: '/tab/config', entry: 'teams-app/tab/config-main.tsx', title: 'Relais — tab configuration' },
  { route: '/tab/card', entry: 'teams-app/tab/card-main.tsx', title: 'Relais — client card' },
  { route: '/tab/my-actions', entry: 'teams-app/tab/my-actions-main.tsx', title: 'Relais — my actions' },
  { route: '/tab/approvals', entry: 'teams-app/tab/approvals-main.tsx', title: 'Relais — pending approvals' },
  {
    route: '/tab/duplicates',
    entry: 'teams-app/tab/duplicates-main.tsx',
    title: 'Relais — duplicates to review',
  },
  { route: '/tab/reports', entry: 'teams-app/tab/reports-main.tsx', title: 'Relais — reports' },
  { route: '/tab/retention', entry: 'teams-app/tab/retention-main.tsx', title: 'Relais — retention review' },
  { route: '/tab/rights', entry: 'teams-app/tab/rights-main.tsx', title: 'Relais — personal data (GDPR)' },
];

/** MSAL, loaded on first sign-in only by the pane and the tabs (addin/src/auth/naa-loader.ts, teams-app/tab/host/naa-loader.ts). */
export const webScripts: WebScript[] = [
  { name: 'addin-naa-sign-in', entry: 'addin/src/naa-sign-in-main.ts' },
  { name: 'tab-naa-sign-in', entry: 'teams-app/tab/naa-sign-in-main.ts' },
];
