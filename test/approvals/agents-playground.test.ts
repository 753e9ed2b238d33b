import { cardOf, cardText } from '../fakes/fake-bot-connector';
import { startFakeAgentsPlayground, type FakeAgentsPlayground } from '../fakes/fake-agents-playground';
import { startApi, type TestApi } from '../support/api-harness';
import { BOT_APP_ID, startApprovals, TENANT_ID, type Approvals } from './approvals-harness';

/**
 * `npm start` (RELAIS_BOT_PLAYGROUND=true) with Microsoft 365 Agents Playground: the bot hears the
 * Playground's activities, which carry no Bot Framework token, and replies on the Playground's own
 * connector; the Playground's user acts as Marc Dubois. In every other mode the token is required.
 */
const claire = { userId: 'claire.martin', name: 'Claire Martin', roles: ['rep' as const], teams: ['nord'] };

type Action = { type: string; verb: string; title: string; data: Record<string, unknown> };
const actionsOf = (card: unknown): Action[] => {
  const found: Action[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if ((node as Action).type === 'Action.Execute') found.push(node as Action);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return found;
};

describe('in local dev mode with the Playground', () => {
  let playground: FakeAgentsPlayground;
  let api: TestApi;
  let claireToken: string;

  beforeAll(async () => {
    playground = await startFakeAgentsPlayground();
    api = await startApi({
      RELAIS_BOT_PLAYGROUND: 'true',
      RELAIS_BOT_PLAYGROUND_SERVICE_URL: playground.serviceUrl,
      RELAIS_STEWARD_GROUPS: JSON.stringify({ 'team:nord': ['marc.dubois'] }),
      RELAIS_BOT_LOG_LEVEL: 'silent',
    });
    claireToken = await api.tokenFor(claire);
  });
  afterAll(async () => {
    await api.stop();
    await playground.stop();
  });

  // As the Playground sends it: no Authorization header at all.
  const fromPlayground = (activity: Record<string, unknown>) => api.call('POST', '/api/bot/messages', { body: activity });

  const requestWebsiteChange = async (name: string) => {
    const tier = await api.call('POST', '/api/tiers', { token: claireToken, body: { kind: 'organisation', names: [{ type: 'legal', value: name }], website: 'https://ancien.example.fr' } });
    expect(tier.status).toBe(201);
    const request = await api.call('POST', '/api/change-requests', {
      token: claireToken,
      body: { tierId: tier.body.id, changes: [{ path: 'website', from: 'https://ancien.example.fr', to: 'https://nouveau.example.fr' }], reason: 'Nouveau site annoncé' },
    });
    expect(request.status).toBe(201);
    await api.drain();
    return { tierId: tier.body.id as string, changeRequestId: request.body.id as string };
  };

  it('lists the pending requests and approves one in the chat, as Marc Dubois, replying on the Playground connector', async () => {
    // The chat opens: the bot says what it does and learns where Marc Dubois is, so the approval card comes into it.
    for (const activity of playground.chatOpens()) expect((await fromPlayground(activity)).status).toBe(200);
    expect(cardText(cardOf(playground.replies[0]!))).toContain('pending');
    const { tierId, changeRequestId } = await requestWebsiteChange('Menuiserie Playground');
    const proactive = playground.replies.find((r) => r.conversationId === playground.personalChatId && cardText(cardOf(r)).includes('Menuiserie Playground'));
    expect(proactive?.method).toBe('POST');

    const before = playground.replies.length;
    expect((await fromPlayground(playground.message('pending'))).status).toBe(200);
    const listed = playground.replies.slice(before).find((r) => r.conversationId === playground.personalChatId);
    const list = cardOf(listed!);
    expect(cardText(list)).toContain('Menuiserie Playground');
    expect(cardText(list)).toContain('Claire Martin');

    const open = actionsOf(list).find((a) => a.verb === 'open' && a.data.changeRequestId === changeRequestId)!;
    const opened = await fromPlayground(playground.execute(open, listed!.activityId));
    expect(opened.status).toBe(200);
    const approve = actionsOf(opened.body.value).find((a) => a.verb === 'approve')!;
    expect(approve.title).toBe('Approve');

    const approved = await fromPlayground(playground.execute(approve, listed!.activityId, { comment: 'Vu sur leur papier à en-tête' }));
    expect(approved.status).toBe(200);
    expect(cardText(approved.body.value)).toMatch(/Approved by Marc Dubois/);

    const stored = await api.call('GET', `/api/change-requests/${changeRequestId}`, { token: claireToken });
    expect(stored.body).toMatchObject({ status: 'approved', decidedBy: 'marc.dubois', decidedByName: 'Marc Dubois', comment: 'Vu sur leur papier à en-tête' });
    expect((await api.call('GET', `/api/tiers/${tierId}`, { token: claireToken })).body.website).toBe('https://nouveau.example.fr');
    // The card first posted into the chat is redrawn in its final state, on the Playground connector too.
    await api.drain();
    expect(playground.replies.some((r) => r.method === 'PUT' && r.activityId === proactive!.activityId && /Approved by Marc Dubois/.test(cardText(cardOf(r))))).toBe(true);
  });

  it('refuses an activity that asks for replies anywhere but this machine, and nothing is decided', async () => {
    const { changeRequestId } = await requestWebsiteChange('Serrurerie Lointaine');
    const before = playground.replies.length;
    const elsewhere = { ...playground.execute({ verb: 'approve', data: { action: 'approve', changeRequestId } }, 'x'), serviceUrl: 'https://smba.trafficmanager.net/teams' };
    expect((await fromPlayground(elsewhere)).status).toBe(401);
    expect((await fromPlayground({ ...playground.message('pending'), serviceUrl: 'http://203.0.113.7:56150/_connector' })).status).toBe(401);
    expect(playground.replies.length).toBe(before);
    expect((await api.call('GET', `/api/change-requests/${changeRequestId}`, { token: claireToken })).body.status).toBe('pending');
  });
});

describe('in every other mode the Bot Framework token is required', () => {
  let playground: FakeAgentsPlayground;
  beforeAll(async () => {
    playground = await startFakeAgentsPlayground();
  });
  afterAll(() => playground.stop());

  const refusesForgedActivities = async (approvals: Approvals) => {
    const forged = [
      playground.message('pending'),
      approvals.activity({ userId: 'marc.dubois', name: 'Marc Dubois' }, { type: 'message', text: 'pending', serviceUrl: playground.serviceUrl }),
    ];
    for (const activity of forged) {
      expect((await approvals.send(activity, null)).status).toBe(401);
      expect((await approvals.send(activity, await approvals.connector.forgedTokenFor(BOT_APP_ID))).status).toBe(401);
    }
    expect(playground.replies).toEqual([]);
    expect(approvals.connector.posts()).toEqual([]);
    // The same message with Teams' token is heard: the refusals above are the token's.
    expect((await approvals.message({ userId: 'marc.dubois', name: 'Marc Dubois' }, 'help')).status).toBe(200);
  };

  it('a registered bot in dev mode, even with RELAIS_BOT_PLAYGROUND set: a forged activity gets 401', async () => {
    const approvals = await startApprovals({ RELAIS_BOT_PLAYGROUND: 'true' });
    try {
      await refusesForgedActivities(approvals);
    } finally {
      await approvals.stop();
    }
  });

  it('a registered bot in Entra mode, RELAIS_BOT_PLAYGROUND set or not: a forged activity gets 401', async () => {
    const approvals = await startApprovals({ RELAIS_AUTH_MODE: 'entra', RELAIS_ENTRA_TENANT_ID: TENANT_ID, RELAIS_ENTRA_AUDIENCE: 'api://relais', RELAIS_BOT_PLAYGROUND: 'true' });
    try {
      await refusesForgedActivities(approvals);
    } finally {
      await approvals.stop();
    }
  });

  it('no bot in dev mode without RELAIS_BOT_PLAYGROUND: 404, and nothing heard', async () => {
    const api = await startApi();
    try {
      const answer = await api.call('POST', '/api/bot/messages', { body: playground.message('pending') });
      expect([answer.status, answer.body.code]).toEqual([404, 'BOT.NOT_CONFIGURED']);
      expect(playground.replies).toEqual([]);
    } finally {
      await api.stop();
    }
  });
});
