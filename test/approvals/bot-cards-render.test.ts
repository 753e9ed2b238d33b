import type { Browser, Page } from 'playwright-core';
import type { ActivityRow, ChangeRequest, ChangeRequestView, Language, WeeklyDigest } from '@relais/domain';
import { changeRequestCard, noticeCard } from '../../teams-app/bot/cards/change-request.card';
import { cardText } from '../../teams-app/bot/cards/card-text';
import { helpCard } from '../../teams-app/bot/cards/help.card';
import { pendingListCard } from '../../teams-app/bot/cards/pending-list.card';
import { weeklyDigestCard } from '../../teams-app/bot/cards/weekly-digest.card';
import { launchBrowser } from '../support/browser';

/**
 * Every card the bot sends, parsed and rendered by the official Adaptive Cards renderer
 * (`adaptivecards`, the one the Agents Playground and Web Chat use) in Chromium: no parse or
 * validation event, and a rendered element holding the card's text.
 */
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><body><main id="host"></main></body></html>');
  await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
});
afterAll(() => browser.close());

type Rendered = { events: string[]; validation: string[]; rendered: boolean; text: string };

const render = (card: unknown): Promise<Rendered> =>
  page.evaluate((json) => {
    type Event = { message: string };
    type Renderer = {
      AdaptiveCard: new () => { parse: (json: unknown, context: unknown) => void; validateProperties: () => { validationEvents: Event[] }; render: () => HTMLElement | undefined };
      SerializationContext: new () => { eventCount: number; getEventAt: (i: number) => Event };
    };
    const AC = (window as unknown as { AdaptiveCards: Renderer }).AdaptiveCards;
    const adaptive = new AC.AdaptiveCard();
    const context = new AC.SerializationContext();
    adaptive.parse(json, context);
    const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
    const validation = adaptive.validateProperties().validationEvents.map((e) => e.message);
    const element = adaptive.render();
    const host = document.getElementById('host')!;
    host.replaceChildren(...(element ? [element] : []));
    return { events, validation, rendered: !!element, text: host.innerText };
  }, card);

const request = (overrides: Partial<ChangeRequest> = {}): ChangeRequest => ({
  id: 'cr1',
  tierId: 't1',
  changes: [
    { path: 'facts.sign', from: 'Ficelle', to: 'Ficelle & Fils' },
    { path: 'website', from: 'https://ficelle.example.fr', to: 'https://ficelle-fils.example.fr' },
  ],
  reason: 'Nouvelle enseigne vue sur la boutique',
  interactionId: 'i1',
  status: 'pending',
  requestedBy: 'claire.martin',
  requestedByName: 'Claire Martin',
  requestedAt: '2025-03-14T08:30:00.000Z',
  approverIds: ['marc.dubois'],
  routing: 'manager',
  decidedBy: null,
  decidedByName: null,
  decidedAt: null,
  comment: null,
  ...overrides,
});
const view = (r: ChangeRequest): ChangeRequestView => ({
  request: r,
  tier: { id: 't1', name: 'Boulangeries Ficelle', kind: 'organisation' },
  interaction: { id: 'i1', subject: 'Visite du magasin', occurredAt: '2025-03-14T08:30:00.000Z', medium: 'face-to-face' },
  changes: r.changes.map((c) => ({ path: c.path, from: c.from, to: c.to, current: c.from, steps: [] })),
});
const decided = { decidedBy: 'marc.dubois', decidedByName: 'Marc Dubois', decidedAt: '2025-03-15T10:00:00.000Z', comment: 'Vu sur place' };

const row = (label: string, n: number): ActivityRow => ({
  key: label,
  label,
  interactions: n,
  inbound: 1,
  outbound: n - 1,
  meetings: 2,
  tasksCreated: 3,
  tasksDone: 2,
  tasksOverdue: 1,
  newTiers: 1,
  prospectToClient: 0,
});
const digest: WeeklyDigest = {
  week: '2025-W11',
  from: '2025-03-10',
  to: '2025-03-17',
  teams: ['nord'],
  totals: row('total', 12),
  previousTotals: row('total', 9),
  reps: [row('Claire Martin', 7), row('Hugo Bernard', 5)],
  atRisk: [{ tierId: 't1', name: 'Boulangeries Ficelle', risk: 72, reason: 'Aucune interaction depuis 90 jours' }],
};

const cards = (lang: Language): [string, unknown][] => [
  ['help', helpCard(lang)],
  ['pending list', pendingListCard([view(request())], [view(request({ id: 'cr2' }))], lang)],
  ['pending list, empty', pendingListCard([], [], lang)],
  ['approver, pending', changeRequestCard(view(request()), { mayDecide: true, isRequester: false }, { lang, refreshUserIds: ['29:marc.dubois'] })],
  ['requester, pending', changeRequestCard(view(request()), { mayDecide: false, isRequester: true }, { lang })],
  ['approved', changeRequestCard(view(request({ status: 'approved', ...decided })), { mayDecide: false, isRequester: true }, { lang })],
  ['rejected', changeRequestCard(view(request({ status: 'rejected', ...decided })), { mayDecide: false, isRequester: true }, { lang })],
  ['conflicted', changeRequestCard(view(request({ status: 'conflicted', ...decided })), { mayDecide: false, isRequester: true }, { lang, notice: cardText(lang).erasedRequest })],
  ['withdrawn', changeRequestCard(view(request({ status: 'withdrawn' })), { mayDecide: false, isRequester: false }, { lang })],
  ['notice', noticeCard(cardText(lang).erasedRequest)],
  ['weekly digest', weeklyDigestCard(digest, lang, 'https://relais.example.fr')],
  ['weekly digest, no risk', weeklyDigestCard({ ...digest, atRisk: [] }, lang, 'https://relais.example.fr')],
];

describe.each(['fr', 'en'] as const)('every bot card, in %s', (lang) => {
  it.each(cards(lang))('%s parses, validates and renders', async (_, card) => {
    const result = await render(card);
    expect({ events: result.events, validation: result.validation, rendered: result.rendered }).toEqual({ events: [], validation: [], rendered: true });
    const firstText = JSON.stringify(card).match(/"text":"([^"]{4,40})/)?.[1];
    expect(result.text).toContain(firstText);
  });
});

it('the renderer reports what is wrong with a broken card (so the checks above can fail)', async () => {
  const broken = await render({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Text' }, { type: 'Chart.Pie' }], actions: [{ type: 'Action.Execute' }] });
  expect([...broken.events, ...broken.validation].length).toBeGreaterThan(0);
});
