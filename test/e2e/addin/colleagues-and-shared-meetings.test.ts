import type { PreviewItem } from '../../../addin/preview/office-stub';
import { startFakeGraph } from '../../fakes/fake-graph';
import { CLAIRE, paneReady, sample, startPaneSession, type PaneSession } from './pane-session';

jest.setTimeout(180_000);

const HUGO = { userId: 'hugo.bernard', name: 'Hugo Bernard', roles: ['rep' as const], teams: ['sud'], email: 'hugo.bernard@relais-demo.fr' };
const hugoParty = { emailAddress: HUGO.email, displayName: HUGO.name };

let graph: Awaited<ReturnType<typeof startFakeGraph>>;
let session: PaneSession;
beforeAll(async () => {
  graph = await startFakeGraph();
  // Microsoft Graph on loopback: the API asks it for meetings' iCalUIds on behalf of the rep.
  session = await startPaneSession({ RELAIS_GRAPH_BASE_URL: `${graph.url}/v1.0` });
});
afterAll(async () => {
  await session?.stop();
  await graph?.stop();
});

type Task = { id: string; title: string; assigneeId: string; createdBy: string };
type Interaction = { id: string; performedBy: string; participants: { tierId: string }[] };

/** The meeting as one attendee's Outlook shows it: no iCalUId (Office.js has none), that mailbox's own item id. */
const meetingIn = (itemId: string): PreviewItem => {
  const { iCalUId: _none, ...item } = sample('meeting');
  return { ...item, itemId, optionalAttendees: [...(item.optionalAttendees ?? []), hugoParty] };
};

it('assigns a follow-up to a colleague on the meeting: it lands in their "My actions", not the rep\'s', async () => {
  // Hugo has used Relais (his pane asked about an item): Relais knows which address is his.
  const hugoPane = await session.open(sample('known-sender', 'hugo-first'), { user: HUGO.email });
  await paneReady(hugoPane);

  const item = { ...sample('meeting', 'assign'), optionalAttendees: [...(sample('meeting').optionalAttendees ?? []), hugoParty] };
  const page = await session.open(item);
  await paneReady(page);
  await page.getByRole('button', { name: 'Add a follow-up' }).click();
  await page.getByLabel('What to do').fill('Envoyer le devis frigorifique');
  const assignee = page.getByLabel('Assigned to');
  // Marc Dubois is on the meeting too but has never used Relais: he cannot be offered.
  expect(await assignee.locator('option').allTextContents()).toEqual(['me (Claire Martin)', 'Hugo Bernard']);
  expect(await assignee.inputValue()).toBe('');
  await assignee.selectOption({ label: 'Hugo Bernard' });
  await page.getByRole('button', { name: 'Log to CRM' }).click();
  await page.getByText('Logged in Relais.').waitFor();

  const hugo = await session.api.tokenFor(HUGO);
  const his = await session.api.call<{ items: Task[] }>('GET', '/api/tasks?assignee=me&status=open', { token: hugo });
  expect(his.body.items).toContainEqual(
    expect.objectContaining({ title: 'Envoyer le devis frigorifique', assigneeId: HUGO.userId, createdBy: CLAIRE.userId }),
  );
  const hers = await session.get<{ items: Task[] }>('/api/tasks?assignee=me&status=open');
  expect(hers.body.items.map((t) => t.title)).not.toContain('Envoyer le devis frigorifique');
});

it('one meeting logged by two attendees is one interaction: the second sees it logged and adds a tier', async () => {
  const iCalUId = `040000008200E00074C5B7101A82E008-shared-${Date.now()}`;
  // One meeting, two mailboxes, two item ids (Outlook's EWS form; Graph's REST form swaps / and +).
  graph.setEvent(CLAIRE.userId, 'AAMkClaire-Girard_1=', iCalUId);
  graph.setEvent(HUGO.userId, 'AAMkHugo-Girard_2=', iCalUId);

  const claire = await session.open(meetingIn('AAMkClaire/Girard+1='));
  await paneReady(claire);
  expect(await claire.getByText(/could not ask Microsoft 365/).count()).toBe(0);
  await claire.getByRole('checkbox', { name: /^Person Mme Valéry Girard/ }).uncheck();
  await claire.getByRole('button', { name: 'Log to CRM' }).click();
  await claire.getByText('Logged in Relais.').waitFor();
  const logged = await session.get<Interaction>(`/api/interactions/by-source?kind=meeting&id=${encodeURIComponent(iCalUId)}`);
  expect(logged.status).toBe(200);
  expect(logged.body.participants.map((p) => p.tierId)).not.toContain(session.tierIds['valery-girard']);

  const hugo = await session.open(meetingIn('AAMkHugo/Girard+2='), { user: HUGO.email });
  await hugo.getByText('This item is already logged in Relais.').waitFor({ timeout: 45_000 });
  await hugo.getByText(/^Logged by Claire Martin, /).waitFor();
  expect(await hugo.getByRole('button', { name: 'Log to CRM' }).count()).toBe(0);
  await hugo.getByRole('group', { name: 'Tiers from this item not linked yet' }).getByRole('checkbox', { name: /Valéry Girard/ }).check();
  // His follow-up goes to the organizer, a colleague who uses Relais.
  await hugo.getByRole('button', { name: 'Add a follow-up' }).click();
  await hugo.getByLabel('What to do').fill('Préparer la visite du dépôt');
  await hugo.getByLabel('Assigned to').selectOption({ label: 'Claire Martin' });
  await hugo.getByRole('button', { name: 'Add', exact: true }).click();
  await hugo.getByText('Added to the interaction.').waitFor();
  const hers = await session.get<{ items: Task[] }>('/api/tasks?assignee=me&status=open');
  expect(hers.body.items).toContainEqual(
    expect.objectContaining({ title: 'Préparer la visite du dépôt', assigneeId: CLAIRE.userId, createdBy: HUGO.userId }),
  );

  const after = await session.get<Interaction>(`/api/interactions/by-source?kind=meeting&id=${encodeURIComponent(iCalUId)}`);
  expect(after.body.id).toBe(logged.body.id);
  expect(after.body.participants.map((p) => p.tierId)).toContain(session.tierIds['valery-girard']);
  // Neither mailbox's own item id became an interaction of its own.
  for (const own of ['AAMkClaire/Girard+1=', 'AAMkHugo/Girard+2='])
    expect((await session.get(`/api/interactions/by-source?kind=meeting&id=${encodeURIComponent(own)}`)).status).toBe(404);
  const asked = graph.eventCalls().map((r) => r.path);
  expect(asked).toEqual(expect.arrayContaining([expect.stringContaining('/me/events/AAMkClaire-Girard_1%3D'), expect.stringContaining('/me/events/AAMkHugo-Girard_2%3D')]));
  expect(asked.every((path) => /\$select=iCalUId/.test(decodeURIComponent(path)))).toBe(true);
});

it('without Microsoft Graph, logs the meeting under the mailbox\'s own id and says so', async () => {
  graph.setDown(true);
  try {
    const itemId = `AAMkClaire/down+${Date.now()}=`;
    const page = await session.open(meetingIn(itemId));
    await paneReady(page);
    await page.getByText(/Relais could not ask Microsoft 365 which meeting this is/).waitFor();
    await page.getByRole('button', { name: 'Log to CRM' }).click();
    await page.getByText('Logged in Relais.').waitFor();
    const logged = await session.get(`/api/interactions/by-source?kind=meeting&id=${encodeURIComponent(itemId)}`);
    expect(logged.status).toBe(200);
  } finally {
    graph.setDown(false);
  }
});
