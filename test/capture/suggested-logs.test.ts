import { captureSubscribe, renewCapture, repsToRenew, type CaptureDeps } from '@relais/domain';
import { fakeMessage, startFakeGraphMail, type FakeGraphMail } from '../../scripts/dev-graph/fake-graph-mail';
import { startApi, type TestApi } from '../support/api-harness';
import { create, interaction, organisation, person } from '../support/factories';

/**
 * Suggested logs end to end: the real API and worker over Azurite, Graph replaced by the local fake
 * speaking its protocol (subscriptions with the validation handshake, notifications with client
 * state, delta links, lifecycle events, 429 with Retry-After).
 */
let api: TestApi;
let graph: FakeGraphMail;
let claire: string;
let hugo: string;
let steward: string;
let clientOrg: { id: string };
let contact: { id: string };

const CLAIRE = { userId: 'claire.martin', name: 'Claire Martin', roles: ['rep' as const], teams: ['nord'], email: 'claire.martin@relais-demo.fr' };
const HUGO = { userId: 'hugo.bernard', name: 'Hugo Bernard', roles: ['rep' as const], teams: ['nord'], email: 'hugo.bernard@relais-demo.fr' };
const ME: [string, string] = ['Claire Martin', CLAIRE.email];
const CLIENT_DOMAIN = 'forges-capture.fr';
const CONTACT_EMAIL = `anne.valmy@${CLIENT_DOMAIN}`;

let minute = 0;
/** Recent enough for the first read's look-back; each message a minute after the last. */
const at = () => new Date(Date.now() - 3600_000 + (minute += 1) * 60_000).toISOString();

const fromClient = (subject: string, from: [string, string] = ['Anne Valmy', CONTACT_EMAIL]) => fakeMessage({ from, to: [ME], subject, at: at() });

const listed = async (token = claire) => {
  const response = await api.call('GET', '/api/suggestions', { token });
  expect(response.status).toBe(200);
  return response.body as { items: { id: string; subject: string; source: { kind: string; id: string }; participants: { emailAddress: string; matches: { tier: { id: string } }[] }[] }[]; nextCursor: string | null };
};

const settle = async () => {
  // Graph's notifications are posted by the fake; the webhook queues them; the worker reads by delta.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await api.drain(60_000);
};

const optIn = async (token = claire, neverSuggest: string[] = []) => {
  const response = await api.call('PUT', '/api/capture/settings', { token, body: { enabled: true, neverSuggest } });
  expect(response.status).toBe(200);
  await settle();
};

beforeAll(async () => {
  graph = await startFakeGraphMail({ pageSize: 2 });
  api = await startApi({ RELAIS_GRAPH_BASE_URL: graph.graphBaseUrl, RELAIS_INTERNAL_DOMAINS: 'relais-demo.fr', RELAIS_CAPTURE_GRAPH_RETRIES: '3' });
  api.app.setCaptureNotificationUrl(`${api.base}/api/capture/notifications`);
  [claire, hugo, steward] = await Promise.all([api.tokenFor(CLAIRE), api.tokenFor(HUGO), api.tokenFor({ userId: 'sophie.leroy', name: 'Sophie Leroy', roles: ['steward'], teams: ['nord'] })]);
  clientOrg = await create(api, claire, organisation({ emailDomains: [CLIENT_DOMAIN] }));
  contact = await create(api, claire, person({ emails: [CONTACT_EMAIL] }));
});

afterAll(async () => {
  await api?.stop();
  await graph?.stop();
});

describe('before opting in', () => {
  it('reads nothing: no subscription, no delta, no suggestion', async () => {
    expect((await api.call('GET', '/api/capture/settings', { token: claire })).body).toEqual({ enabled: false, neverSuggest: [] });
    await graph.addMessage(CLAIRE.userId, 'inbox', fromClient('Avant l’inscription'));
    await settle();
    expect(graph.subscriptionsOf(CLAIRE.userId)).toEqual([]);
    expect(graph.reads()).toEqual([]);
    expect((await listed()).items).toEqual([]);
  });

  it('refuses bad settings, naming every field', async () => {
    const response = await api.call('PUT', '/api/capture/settings', { token: claire, body: { enabled: 'yes', neverSuggest: ['not an address'], extra: 1 } });
    expect(response.status).toBe(400);
    const paths = (response.body.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(expect.arrayContaining(['enabled', 'neverSuggest.0']));
  });
});

describe('opting in', () => {
  let logged: ReturnType<typeof fakeMessage>;
  beforeAll(async () => {
    // What the mailbox holds already: one of each kind; only the known client's becomes a suggestion.
    logged = fromClient('Déjà consigné');
    await graph.addMessage(CLAIRE.userId, 'inbox', fromClient('Commande de printemps'), { notify: false });
    await graph.addMessage(CLAIRE.userId, 'inbox', fakeMessage({ from: ['Hugo Bernard', HUGO.email], to: [ME], subject: 'Interne', at: at() }), { notify: false });
    await graph.addMessage(CLAIRE.userId, 'inbox', fakeMessage({ from: ['Inconnu', 'qui@inconnu-total.fr'], to: [ME], subject: 'Inconnu', at: at() }), { notify: false });
    await graph.addMessage(CLAIRE.userId, 'inbox', fakeMessage({ from: ['Anne Valmy', CONTACT_EMAIL], to: [ME], subject: 'Privé', at: at(), sensitivity: 'private' }), { notify: false });
    await graph.addMessage(CLAIRE.userId, 'inbox', logged, { notify: false });
    const pane = await api.call('POST', '/api/interactions', { token: claire, body: interaction([clientOrg.id], { source: { kind: 'email', id: logged.internetMessageId } }) });
    expect(pane.status).toBe(201);
    await optIn();
  });

  it('subscribes to the inbox, sent items and calendar, each after Graph’s validation handshake', async () => {
    const subscriptions = graph.subscriptionsOf(CLAIRE.userId);
    expect(subscriptions.map((s) => s.resource).sort()).toEqual(["me/events", "me/mailFolders('inbox')/messages", "me/mailFolders('sentitems')/messages"]);
    expect(subscriptions.every((s) => s.clientState && s.lifecycleNotificationUrl)).toBe(true);
  });

  it('suggests the known client’s message only: not the internal, unknown, private or already logged ones', async () => {
    const { items } = await listed();
    // What came before the opt-in is read once it is given (the last days), never before.
    expect(items.map((s) => s.subject)).toEqual(['Commande de printemps', 'Avant l’inscription']);
    const anne = items[0]!.participants.find((p) => p.emailAddress === CONTACT_EMAIL)!;
    expect(anne.matches.map((m) => m.tier.id).sort()).toEqual([contact.id, clientOrg.id].sort());
  });

  it('matches exactly what the pane’s lookup shows', async () => {
    const { items } = await listed();
    const pane = await api.call('POST', '/api/lookup', { token: claire, body: { emails: [CONTACT_EMAIL] } });
    const fromPane = [...pane.body.results[0].persons, ...pane.body.results[0].organisations].map((m: { tier: { id: string } }) => m.tier.id);
    expect(items[0]!.participants.find((p) => p.emailAddress === CONTACT_EMAIL)!.matches.map((m) => m.tier.id)).toEqual(fromPane);
  });
});

describe('the webhook', () => {
  it('echoes the validation token as text/plain', async () => {
    const response = await api.call('POST', '/api/capture/notifications?validationToken=abc%20123');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(response.text).toBe('abc 123');
  });

  it('refuses a wrong client state, a missing one and an unknown subscription, and reads nothing', async () => {
    const [subscription] = graph.subscriptionsOf(CLAIRE.userId);
    const readsBefore = graph.reads().length;
    const bodies = [
      { value: [{ subscriptionId: subscription!.id, clientState: 'guessed', changeType: 'created' }] },
      { value: [{ subscriptionId: subscription!.id, changeType: 'created' }] },
      { value: [{ subscriptionId: 'no-such-subscription', clientState: subscription!.clientState, changeType: 'created' }] },
    ];
    for (const body of bodies) {
      const response = await api.call('POST', '/api/capture/notifications', { body });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('CAPTURE.NOTIFICATION_REFUSED');
    }
    const malformed = await api.call('POST', '/api/capture/notifications', { body: { value: [{ clientState: 'x' }] } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((e: { path: string }) => e.path)).toContain('value.0.subscriptionId');
    await settle();
    expect(graph.reads().length).toBe(readsBefore);
  });
});

describe('deduplication, catch-up and throttling', () => {
  it('makes one suggestion of a message notified three times and seen again by delta', async () => {
    const message = fromClient('Relance facture');
    await graph.addMessage(CLAIRE.userId, 'inbox', message);
    await graph.notifyAgain(CLAIRE.userId, message.id);
    await graph.notifyAgain(CLAIRE.userId, message.id);
    // Read or flagged, it comes back in the next delta, which the following message's notification starts.
    graph.touch(CLAIRE.userId, message.id);
    await graph.addMessage(CLAIRE.userId, 'inbox', fromClient('Message suivant'));
    await settle();
    expect(graph.reads().some((r) => r.path.includes('deltatoken'))).toBe(true);
    const matching = (await listed()).items.filter((s) => s.source.id === message.internetMessageId);
    expect(matching).toHaveLength(1);
    expect(graph.deliveries.filter((d) => JSON.stringify(d.body).includes(message.id)).every((d) => d.status === 202)).toBe(true);
  });

  it('renews a subscription that expired while nothing ran and catches up by delta: nothing missed', async () => {
    graph.expireAll(CLAIRE.userId);
    const missed = fromClient('Pendant la panne');
    await graph.addMessage(CLAIRE.userId, 'inbox', missed);
    await settle();
    expect((await listed()).items.some((s) => s.source.id === missed.internetMessageId)).toBe(false);
    // The renewal timer, as it fires once the app is back two days later: Graph answers 404 to each renewal, so they are created again.
    const later = { ...(api.app.deps as CaptureDeps), clock: { now: () => new Date(Date.now() + 60 * 3600_000).toISOString() } };
    expect(await repsToRenew(later)).toEqual([CLAIRE.userId]);
    await captureSubscribe(later, CLAIRE.userId);
    await settle();
    expect(graph.subscriptionsOf(CLAIRE.userId)).toHaveLength(3);
    expect((await listed()).items.some((s) => s.source.id === missed.internetMessageId)).toBe(true);
  });

  it('backs off when Graph throttles, waiting what Retry-After says, then reads', async () => {
    const message = fromClient('Sous limitation');
    graph.throttle(2, 1);
    await graph.addMessage(CLAIRE.userId, 'inbox', message);
    await settle();
    expect(graph.throttledCalls).toHaveLength(2);
    expect((await listed()).items.some((s) => s.source.id === message.internetMessageId)).toBe(true);
  });

  it('recreates a subscription Graph removed, on its lifecycle notification, and reads what came meanwhile', async () => {
    const [inbox] = graph.subscriptionsOf(CLAIRE.userId).filter((s) => s.resource.includes('inbox'));
    const meanwhile = fromClient('Après la suppression');
    expect(await graph.lifecycle(inbox!.id, 'subscriptionRemoved')).toBe(202);
    await graph.addMessage(CLAIRE.userId, 'inbox', meanwhile, { notify: false });
    await settle();
    expect(graph.subscriptionsOf(CLAIRE.userId).filter((s) => s.resource.includes('inbox'))).toHaveLength(1);
    expect(graph.subscriptionsOf(CLAIRE.userId).some((s) => s.id === inbox!.id)).toBe(false);
    expect((await listed()).items.some((s) => s.source.id === meanwhile.internetMessageId)).toBe(true);
  });
});

describe('accepting and dismissing', () => {
  const suggestionFor = async (subject: string) => {
    await graph.addMessage(CLAIRE.userId, 'inbox', fromClient(subject));
    await settle();
    const found = (await listed()).items.find((s) => s.subject === subject);
    if (!found) throw new Error(`no suggestion for ${subject}`);
    return found;
  };
  const body = () => interaction([clientOrg.id, contact.id], { subject: 'Commande' });

  it('files it once, however often it is accepted', async () => {
    const suggestion = await suggestionFor('Accepter deux fois');
    const first = await api.call('POST', `/api/suggestions/${suggestion.id}/accept`, { token: claire, body: body() });
    expect(first.status).toBe(201);
    expect(first.body.source.id).toBe(suggestion.source.id);
    const again = await api.call('POST', `/api/suggestions/${suggestion.id}/accept`, { token: claire, body: body() });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect((await listed()).items.some((s) => s.id === suggestion.id)).toBe(false);
    expect((await api.call('GET', `/api/interactions/by-source?kind=email&id=${encodeURIComponent(suggestion.source.id)}`, { token: claire })).body.id).toBe(first.body.id);
  });

  it('files one interaction when a colleague logs the same e-mail from the pane at the same time', async () => {
    const suggestion = await suggestionFor('En même temps');
    const [accepted, pane] = await Promise.all([
      api.call('POST', `/api/suggestions/${suggestion.id}/accept`, { token: claire, body: body() }),
      api.call('POST', '/api/interactions', { token: hugo, body: { ...body(), source: suggestion.source } }),
    ]);
    expect([accepted.status, pane.status].sort()).toEqual([200, 201]);
    expect(accepted.body.id).toBe(pane.body.id);
  });

  it('answers 200 with the existing interaction when the source was logged meanwhile, and hides logged ones', async () => {
    const suggestion = await suggestionFor('Consigné entre-temps');
    const pane = await api.call('POST', '/api/interactions', { token: hugo, body: { ...body(), source: suggestion.source } });
    expect(pane.status).toBe(201);
    expect((await listed()).items.some((s) => s.id === suggestion.id)).toBe(false);
    const accepted = await api.call('POST', `/api/suggestions/${suggestion.id}/accept`, { token: claire, body: body() });
    expect(accepted.status).toBe(200);
    expect(accepted.body.id).toBe(pane.body.id);
  });

  it('refuses a body with a source or without participants, naming the fields, and files nothing', async () => {
    const suggestion = await suggestionFor('Mauvais corps');
    const response = await api.call('POST', `/api/suggestions/${suggestion.id}/accept`, { token: claire, body: { ...body(), source: { kind: 'email', id: '<x@y>' }, participants: [] } });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(expect.arrayContaining(['participants', 'source']));
    expect((await api.call('GET', `/api/interactions/by-source?kind=email&id=${encodeURIComponent(suggestion.source.id)}`, { token: claire })).status).toBe(404);
  });

  it('does not exist for another rep', async () => {
    const suggestion = await suggestionFor('Pas pour Hugo');
    expect((await listed(hugo)).items.some((s) => s.id === suggestion.id)).toBe(false);
    expect((await api.call('POST', `/api/suggestions/${suggestion.id}/accept`, { token: hugo, body: body() })).status).toBe(404);
    expect((await api.call('POST', `/api/suggestions/${suggestion.id}/dismiss`, { token: hugo })).status).toBe(404);
    expect((await listed()).items.some((s) => s.id === suggestion.id)).toBe(true);
  });

  it('dismisses: gone from the list, and no longer acceptable', async () => {
    const suggestion = await suggestionFor('À écarter');
    const response = await api.call('POST', `/api/suggestions/${suggestion.id}/dismiss`, { token: claire });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: suggestion.id, status: 'dismissed' });
    expect((await listed()).items.some((s) => s.id === suggestion.id)).toBe(false);
  });

  it('never suggests a listed sender again, nor shows their suggestions', async () => {
    const other = await create(api, claire, person({ emails: [`marc.orly@${CLIENT_DOMAIN}`] }));
    expect(other.id).toBeTruthy();
    await graph.addMessage(CLAIRE.userId, 'inbox', fromClient('De Marc', ['Marc Orly', `marc.orly@${CLIENT_DOMAIN}`]));
    await settle();
    expect((await listed()).items.some((s) => s.subject === 'De Marc')).toBe(true);
    const put = await api.call('PUT', '/api/capture/settings', { token: claire, body: { enabled: true, neverSuggest: [`Marc.Orly@${CLIENT_DOMAIN}`] } });
    expect(put.body.neverSuggest).toEqual([`marc.orly@${CLIENT_DOMAIN}`]);
    await settle();
    expect((await listed()).items.some((s) => s.subject === 'De Marc')).toBe(false);
    await graph.addMessage(CLAIRE.userId, 'inbox', fromClient('Encore Marc', ['Marc Orly', `marc.orly@${CLIENT_DOMAIN}`]));
    await settle();
    expect((await listed()).items.some((s) => s.subject === 'Encore Marc')).toBe(false);
  });
});

describe('erasure and opting out', () => {
  it('erases the suggestions naming an erased person', async () => {
    const email = `ermengarde.p@${CLIENT_DOMAIN}`;
    const who = await create(api, claire, person({ emails: [email] }));
    await graph.addMessage(CLAIRE.userId, 'inbox', fromClient('Ermengarde écrit', ['Ermengarde P.', email]));
    await settle();
    expect((await listed()).items.some((s) => s.subject === 'Ermengarde écrit')).toBe(true);
    const job = await api.job(await api.call('POST', `/api/persons/${who.id}/erase`, { token: steward }), steward);
    expect(job.body.status).toBe('succeeded');
    expect((await listed()).items.some((s) => s.subject === 'Ermengarde écrit')).toBe(false);
    const stored = await api.app.deps.capture!.suggestions.ofRep(CLAIRE.userId);
    expect(JSON.stringify(stored)).not.toContain(email);
  });

  it('after opting out: subscriptions deleted, suggestions dropped, nothing read', async () => {
    const response = await api.call('PUT', '/api/capture/settings', { token: claire, body: { enabled: false, neverSuggest: [] } });
    expect(response.body).toEqual({ enabled: false, neverSuggest: [] });
    await settle();
    expect(graph.subscriptionsOf(CLAIRE.userId)).toEqual([]);
    const readsBefore = graph.reads().length;
    await graph.addMessage(CLAIRE.userId, 'inbox', fromClient('Après le retrait'));
    await renewCapture(api.app.deps);
    await settle();
    expect(graph.reads().length).toBe(readsBefore);
    expect((await listed()).items).toEqual([]);
  });
});
