/**
 * Every page the product serves besides the API: the Outlook pane (in Outlook and in the preview
 * harness) and the Teams pages. The build bundles each entry; the hosts serve `route`.
 */
export type WebPage = { route: string; entry: string; title: string; officeJs?: boolean };

export const webPages: WebPage[] = [
  { route: '/addin/taskpane', entry: 'addin/src/taskpane-main.tsx', title: 'Relais', officeJs: true },
  { route: '/addin/preview', entry: 'addin/preview/preview-main.tsx', title: 'Relais — Outlook preview' },
  // Not a page of its own: MSAL for the pane in Outlook, loaded on first sign-in (addin/src/auth/naa-loader.ts).
  { route: '/addin/naa-sign-in', entry: 'addin/src/naa-sign-in-main.ts', title: 'Relais — Outlook sign-in' },
  { route: '/tab/config', entry: 'teams-app/tab/config-main.tsx', title: 'Relais — tab configuration' },
  { route: '/tab/card', entry: 'teams-app/tab/card-main.tsx', title: 'Relais — client card' },
  { route: '/tab/my-actions', entry: 'teams-app/tab/my-actions-main.tsx', title: 'Relais — my actions' },
  { route: '/tab/approvals', entry: 'teams-app/tab/approvals-main.tsx', title: 'Relais — pending approvals' },
  { route: '/tab/duplicates', entry: 'teams-app/tab/duplicates-main.tsx', title: 'Relais — duplicates to review' },
  // Not a page of its own: the bundle the tabs load for MSAL sign-in inside Teams (teams-app/tab/host/naa-loader.ts).
  { route: '/tab/naa-sign-in', entry: 'teams-app/tab/naa-sign-in-main.ts', title: 'Relais — Teams sign-in' },
  { route: '/tab/reports', entry: 'teams-app/tab/reports-main.tsx', title: 'Relais — reports' },
];
