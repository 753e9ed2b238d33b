import type { Browser, Page } from 'playwright-core';
import { seedDemoMailbox } from '../../../scripts/dev-graph/demo-mailbox';
import { fakeMessage, startFakeGraphMail, type FakeGraphMail } from '../../../scripts/dev-graph/fake-graph-mail';
import { seedDemo } from '../../../scripts/demo/seed-demo';
import { gotoBuiltPage, previewQuery, sample } from '../addin/pane-session';
import { startApi, type TestApi } from '../../support/api-harness';
import { seriousViolations } from '../../support/axe';
import { launchBrowser } from '../../support/browser';

jest.setTimeout(180_000);

/** The "To file" list in Chromium, over the real API and worker, Claire's mailbox in the local Graph. */
const CLAIRE = { userId: 'claire.martin', name: 'Claire Martin', roles: ['rep' as const], teams: ['nord'], email: 'claire.martin@relais-demo.fr' };
const ME: [string, string] = ['Claire Martin', CLAIRE.email];

let api: TestApi;
let graph: FakeGraphMail;
let browser: Browser;
let token: string;

const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await api.drain(60_000);
};

const suggestions = async () => (await api.call('GET', '/api/suggestions', { token })).body.items as { id: string; subject: string; source: { id: string } }[];

const fromLemaire = async (subject: string) => {
  const message = fakeMessage({ from: ['Anne Lemaire', 'anne.lemaire@brasserie-lemaire.fr'], to: [ME], subject, at: new Date().toISOString() });
  await graph.addMessage(CLAIRE.userId, 'inbox', message);
  await settle();
  return message;
};

beforeAll(async () => {
  graph = await startFakeGraphMail();
  api = await startApi({ RELAIS_INTERNAL_DOMAINS: 'relais-demo.fr', RELAIS_GRAPH_BASE_URL: graph.graphBaseUrl });
  api.app.setCaptureNotificationUrl(`${api.base}/api/capture/notifications`);
  await seedDemo(api.app.deps);
  await seedDemoMailbox(graph);
  token = await api.tokenFor(CLAIRE);
  expect((await api.call('PUT', '/api/capture/settings', { token, body: { enabled: true, neverSuggest: [] } })).status).toBe(200);
  await settle();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await graph?.stop();
});

const openTab = async (lang: 'en' | 'fr' = 'en'): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await gotoBuiltPage(page, `${api.base}/tab/my-actions?${new URLSearchParams({ user: CLAIRE.email, lang }).toString()}`);
  return page;
};

it('seeds only the known clients’ e-mails as suggestions: not the internal, logged or unknown ones', async () => {
  expect((await suggestions()).map((s) => s.subject)).toEqual(['Tarifs 2027 : nos questions', 'Rendez-vous du 15 : ordre du jour']);
});

it('lists what to file in My actions, files one in a click and dismisses another, with no serious axe violation', async () => {
  const page = await openTab();
  const list = page.getByTestId('to-file');
  await list.getByRole('heading', { name: 'To file' }).waitFor();
  const rows = list.getByTestId('suggestion');
  await rows.filter({ hasText: 'Tarifs 2027 : nos questions' }).getByText(/Brasserie Lemaire/).waitFor();
  await rows.filter({ hasText: 'Rendez-vous du 15 : ordre du jour' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);

  await list.getByRole('button', { name: 'File “Tarifs 2027 : nos questions”' }).click();
  await page.getByText('“Tarifs 2027 : nos questions” is filed.').waitFor();
  await rows.filter({ hasText: 'Tarifs 2027 : nos questions' }).waitFor({ state: 'detached' });
  const logged = await api.call('GET', `/api/interactions/by-source?kind=email&id=${encodeURIComponent('<demo-lemaire-tarifs@mail.example.fr>')}`, { token });
  expect(logged.status).toBe(200);
  expect(logged.body.subject).toBe('Tarifs 2027 : nos questions');

  await list.getByRole('button', { name: 'Dismiss “Rendez-vous du 15 : ordre du jour”' }).click();
  await page.getByText('“Rendez-vous du 15 : ordre du jour” is dismissed.').waitFor();
  await list.getByText('Nothing to file: no recent e-mail or meeting with a known client is waiting.').waitFor();
  expect(await suggestions()).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

it('speaks French in My actions', async () => {
  await fromLemaire('Question sur la livraison');
  const page = await openTab('fr');
  const list = page.getByTestId('to-file');
  await list.getByRole('heading', { name: 'À classer' }).waitFor();
  await list.getByRole('button', { name: 'Classer «\u00a0Question sur la livraison\u00a0»' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await list.getByRole('button', { name: 'Écarter «\u00a0Question sur la livraison\u00a0»' }).click();
  await page.getByText('«\u00a0Question sur la livraison\u00a0» est écarté.').waitFor();
  await page.close();
});

it('shows a badge in the pane while an item is open, the list once none is, and files from there', async () => {
  const message = await fromLemaire('Commande de Noël');
  await fromLemaire('Réclamation fûts');
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await gotoBuiltPage(page, `${api.base}/addin/preview${previewQuery(sample('known-sender', 'badge'), CLAIRE.email, 'en')}`);
  const pane = page.locator('#pane');
  await pane.getByTestId('to-file-badge').getByText('2 to file').waitFor({ timeout: 45_000 });
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('region', { name: 'Preview harness' }).getByLabel('Select another item').selectOption({ label: '(no item selected)' });
  const list = pane.getByTestId('to-file');
  await list.getByRole('heading', { name: 'To file' }).waitFor();
  await list.getByTestId('suggestion').filter({ hasText: 'Commande de Noël' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);

  await list.getByRole('button', { name: 'File “Commande de Noël”' }).click();
  await pane.getByText('“Commande de Noël” is filed.').waitFor();
  expect((await api.call('GET', `/api/interactions/by-source?kind=email&id=${encodeURIComponent(message.internetMessageId)}`, { token })).status).toBe(200);
  await list.getByRole('button', { name: 'Dismiss “Réclamation fûts”' }).waitFor();
  await list.getByRole('button', { name: 'Never suggest anne.lemaire@brasserie-lemaire.fr again' }).click();
  await pane.getByText('anne.lemaire@brasserie-lemaire.fr will not be suggested again.').waitFor();
  expect((await api.call('GET', '/api/capture/settings', { token })).body.neverSuggest).toEqual(['anne.lemaire@brasserie-lemaire.fr']);
  expect(await suggestions()).toEqual([]);
  await page.close();
});
