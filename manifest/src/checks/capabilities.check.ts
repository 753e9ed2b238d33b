import { asArray, asRecord, isRecord } from '../json-paths';
import { type Issue, issue } from './issue';

/** The ribbon must offer "Log to CRM" on a read message and on both sides of a meeting. */
export const REQUIRED_RIBBON_CONTEXTS = [
  'mailRead',
  'meetingDetailsAttendee',
  'meetingDetailsOrganizer',
] as const;
/** Personal tabs the product promises (entityId → what it is). */
export const REQUIRED_STATIC_TABS: Record<string, string> = {
  'my-actions': 'My actions',
  approvals: 'Pending approvals',
  reports: 'Reports',
  duplicates: 'Duplicates to review',
  rights: 'Personal data (GDPR)',
  retention: 'Retention review',
};
export const REQUIRED_BOT_COMMANDS = ['pending', 'help'] as const;

type Check = (file: string, manifest: Record<string, unknown>) => Issue[];

const checkOutlookExtension: Check = (file, manifest) => {
  const extensions = asArray(manifest.extensions);
  if (extensions.length === 0)
    return [
      issue(
        file,
        '/extensions',
        'the Outlook extension is missing: declare extensions[0] with a task pane runtime and the "Log to CRM" ribbon button',
      ),
    ];
  const extension = asRecord(extensions[0]);
  const found: Issue[] = [];
  const capabilities = asArray(asRecord(extension.requirements).capabilities).map(asRecord);
  if (!capabilities.some((c) => c.name === 'Mailbox'))
    found.push(issue(file, '/extensions/0/requirements', 'must require the Mailbox capability (Outlook)'));

  const actions = asArray(extension.runtimes).flatMap((runtime) =>
    asArray(asRecord(runtime).actions).map(asRecord),
  );
  const pageActions = actions.filter((action) => action.type === 'openPage');
  if (pageActions.length === 0)
    found.push(
      issue(file, '/extensions/0/runtimes', 'must have a runtime with an openPage action (the task pane)'),
    );
  for (const action of pageActions)
    if (action.pinnable !== true)
      found.push(
        issue(
          file,
          '/extensions/0/runtimes',
          `action "${String(action.id)}" must be pinnable so the pane follows the selected item`,
        ),
      );

  const actionIds = new Set(actions.map((action) => action.id));
  const ribbons = asArray(extension.ribbons).map(asRecord);
  const contexts = new Set(ribbons.flatMap((ribbon) => asArray(ribbon.contexts)));
  const missingContexts = REQUIRED_RIBBON_CONTEXTS.filter((context) => !contexts.has(context));
  if (missingContexts.length > 0)
    found.push(
      issue(file, '/extensions/0/ribbons', `no ribbon for context(s): ${missingContexts.join(', ')}`),
    );
  ribbons.forEach((ribbon, r) =>
    asArray(ribbon.tabs).forEach((tab, t) =>
      asArray(asRecord(tab).groups).forEach((group, g) =>
        asArray(asRecord(group).controls).forEach((control, c) => {
          const actionId = asRecord(control).actionId;
          if (actionId !== undefined && !actionIds.has(actionId))
            found.push(
              issue(
                file,
                `/extensions/0/ribbons/${r}/tabs/${t}/groups/${g}/controls/${c}`,
                `actionId "${String(actionId)}" matches no runtime action`,
              ),
            );
        }),
      ),
    ),
  );
  return found;
};

const checkTabs: Check = (file, manifest) => {
  const found: Issue[] = [];
  if (
    !asArray(manifest.configurableTabs).some(
      (tab) => isRecord(tab) && typeof tab.configurationUrl === 'string',
    )
  )
    found.push(issue(file, '/configurableTabs', 'the configurable channel tab (client card) is missing'));
  const entityIds = new Set(asArray(manifest.staticTabs).map((tab) => asRecord(tab).entityId));
  for (const [entityId, label] of Object.entries(REQUIRED_STATIC_TABS))
    if (!entityIds.has(entityId))
      found.push(
        issue(file, '/staticTabs', `the "${label}" personal tab (entityId "${entityId}") is missing`),
      );
  if (asArray(manifest.bots).length > 0 && entityIds.size > 0 && !entityIds.has('conversations'))
    found.push(
      issue(
        file,
        '/staticTabs',
        'with a bot and personal tabs, add a tab with entityId "conversations" or the bot chat is hidden',
      ),
    );
  return found;
};

const checkBot: Check = (file, manifest) => {
  const bot = asArray(manifest.bots)[0];
  if (!isRecord(bot)) return [issue(file, '/bots', 'the approvals bot is missing')];
  const found: Issue[] = [];
  if (!asArray(bot.scopes).includes('personal'))
    found.push(issue(file, '/bots/0/scopes', 'must include "personal" (approvals arrive in 1:1 chat)'));
  const titles = new Set(
    asArray(bot.commandLists).flatMap((list) =>
      asArray(asRecord(list).commands).map((command) => asRecord(command).title),
    ),
  );
  const missing = REQUIRED_BOT_COMMANDS.filter((command) => !titles.has(command));
  if (missing.length > 0)
    found.push(issue(file, '/bots/0/commandLists', `missing command(s): ${missing.join(', ')}`));
  return found;
};

const checkSso: Check = (file, manifest) => {
  const info = asRecord(manifest.webApplicationInfo);
  return typeof info.id === 'string' && typeof info.resource === 'string'
    ? []
    : [
        issue(
          file,
          '/webApplicationInfo',
          'needs id and resource (Entra app used for single sign-on / nested app authentication)',
        ),
      ];
};

/** Template check: the app declares what Relais is made of, so a bad merge cannot drop a door. */
export const checkCapabilities: Check = (file, manifest) =>
  [checkOutlookExtension, checkTabs, checkBot, checkSso].flatMap((check) => check(file, manifest));
