import type { PreviewItem } from '../../../addin/preview/office-stub';
import { paneReady, sample, startPaneSession, type PaneSession } from './pane-session';

jest.setTimeout(150_000);

let session: PaneSession;
beforeAll(async () => (session = await startPaneSession()));
afterAll(() => session?.stop());

const conflict = (tierId: string) => ({
  status: 409,
  contentType: 'application/problem+json',
  body: JSON.stringify({
    type: 'https://relais.dev/problems/tier-likely-duplicate',
    title: 'Conflict',
    status: 409,
    code: 'TIER.LIKELY_DUPLICATE',
    detail: 'A tier like this one exists.',
    errors: [],
    candidates: [{ tierId, score: 0.91, reasons: ['same last name', 'same e-mail domain'] }],
  }),
});

it('stops at a likely duplicate: the rep uses the existing contact instead of creating one', async () => {
  const item = sample('unknown-sender', 'duplicate-use');
  const page = await session.open(item, {
    before: (p) =>
      p.route('**/api/tiers', (route) =>
        route.request().method() === 'POST'
          ? route.fulfill(conflict(session.tierIds['paul-girard']!))
          : route.fallback(),
      ),
  });
  await paneReady(page);
  await page.getByRole('button', { name: 'Create contact' }).click();
  const form = page.getByRole('form', { name: /New contact/ });
  await form.getByRole('radio', { name: 'Monsieur' }).check();
  await form.getByRole('button', { name: 'Create the contact' }).click();
  await form.getByText('This may already be in Relais').waitFor();
  await form.getByText('91 % alike · same last name · same e-mail domain').waitFor();
  await form.getByRole('button', { name: 'Use this one' }).click();
  const chosen = page.getByRole('checkbox', { name: /^Person M\. Paul Girard/ });
  await chosen.waitFor();
  expect(await chosen.isChecked()).toBe(true);
  await page.getByText('chosen by you').waitFor();
});

it('creates the contact anyway when the rep confirms it is someone else (?confirm=distinct)', async () => {
  const item = sample('unknown-sender', 'duplicate-distinct');
  const posts: string[] = [];
  const page = await session.open(item, {
    before: (p) =>
      p.route('**/api/tiers**', (route) => {
        const request = route.request();
        if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/api/tiers')
          return route.fallback();
        posts.push(request.url());
        return new URL(request.url()).searchParams.get('confirm') === 'distinct'
          ? route.fallback()
          : route.fulfill(conflict(session.tierIds['paul-girard']!));
      }),
  });
  await paneReady(page);
  await page.getByRole('button', { name: 'Create contact' }).click();
  const form = page.getByRole('form', { name: /New contact/ });
  await form.getByRole('radio', { name: 'Monsieur' }).check();
  await form.getByRole('button', { name: 'Create the contact' }).click();
  await form.getByRole('button', { name: 'It is a different one: create it' }).click();
  await page.getByRole('checkbox', { name: /^Person M\. Jérôme Morel/ }).waitFor();
  expect(posts.map((url) => new URL(url).search)).toEqual(['', '?confirm=distinct']);
});

it('shows an API failure in plain words, keeps what the rep typed, and logs on retry', async () => {
  const item = sample('known-sender', 'failure');
  let failing = true;
  const page = await session.open(item, {
    before: (p) =>
      p.route('**/api/interactions', (route) =>
        failing && route.request().method() === 'POST'
          ? route.fulfill({
              status: 503,
              contentType: 'application/problem+json',
              body: JSON.stringify({ status: 503, code: 'UNAVAILABLE', detail: 'down' }),
            })
          : route.fallback(),
      ),
  });
  await paneReady(page);
  await page.getByLabel('Purpose').fill('Commande de fûts');
  await page.getByLabel('Outcome').fill('Devis à envoyer');
  await page.getByRole('button', { name: 'Log to CRM' }).click();
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'Something went wrong on our side. Try again in a moment.' });
  await alert.waitFor();
  expect(await page.getByLabel('Purpose').inputValue()).toBe('Commande de fûts');
  expect(await page.getByLabel('Outcome').inputValue()).toBe('Devis à envoyer');

  failing = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByText('Logged in Relais.').waitFor();
  const logged = await session.get<{ purpose: string; outcome: string }>(
    `/api/interactions/by-source?kind=email&id=${encodeURIComponent(item.internetMessageId!)}`,
  );
  expect(logged.body).toMatchObject({ purpose: 'Commande de fûts', outcome: 'Devis à envoyer' });
});

it('says so when Relais cannot be reached or is slow, then recovers', async () => {
  const item = sample('meeting', 'down');
  let mode: 'down' | 'slow' | 'up' = 'down';
  const page = await session.open(item, {
    before: (p) =>
      p.route('**/api/lookup', async (route) => {
        if (mode === 'down') return route.abort('connectionrefused');
        if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, 4000));
        return route.fallback();
      }),
  });
  await page
    .getByText('Relais cannot be reached. Check your connection; what you typed is kept.')
    .waitFor({ timeout: 45_000 });
  mode = 'slow';
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByText('Relais is slow to answer; still trying…').waitFor();
  await paneReady(page);
});

it('renews an expired token silently', async () => {
  let refused = 0;
  let tokens = 0;
  const page = await session.open(sample('known-sender', 'expired'), {
    before: async (p) => {
      p.on('request', (request) => {
        if (request.url().endsWith('/api/dev/token')) tokens += 1;
      });
      await p.route('**/api/lookup', (route) =>
        refused++ === 0
          ? route.fulfill({
              status: 401,
              contentType: 'application/problem+json',
              body: JSON.stringify({ status: 401, code: 'AUTH.EXPIRED', detail: 'Token expired.' }),
            })
          : route.fallback(),
      );
    },
  });
  await paneReady(page);
  expect(refused).toBe(2);
  expect(tokens).toBe(2);
  expect(await page.getByRole('alert').count()).toBe(0);
});

it('meets the API’s own duplicate check: a “new” organisation that exists is used instead of created', async () => {
  const item: PreviewItem = {
    itemType: 'message',
    subject: 'Nouvelle agence',
    internetMessageId: `<agence-${Date.now()}@transports-girard.com>`,
    from: { emailAddress: 'pierre.girard@transports-girard.com', displayName: 'Pierre Girard' },
    to: [{ emailAddress: 'claire.martin@relais-demo.fr', displayName: 'Claire Martin' }],
  };
  const page = await session.open(item);
  await paneReady(page);
  await page.getByRole('button', { name: 'Create contact' }).click();
  const form = page.getByRole('form', { name: /New contact/ });
  expect(await form.getByRole('radio', { name: 'A new organisation' }).isChecked()).toBe(true);
  expect(await form.getByLabel('Name of the new organisation').inputValue()).toBe('Transports Girard');
  await form.getByRole('radio', { name: 'Monsieur' }).check();
  await form.getByRole('button', { name: 'Create the contact' }).click();
  await form.getByText('This may already be in Relais').waitFor();
  await form.getByRole('button', { name: 'Use this one: Transports Girard' }).click();
  const person = page.getByRole('checkbox', { name: /^Person M\. Pierre Girard/ });
  await person.waitFor();
  expect(await person.isChecked()).toBe(true);
  expect(await page.getByRole('checkbox', { name: /^Organisation Transports Girard/ }).isChecked()).toBe(
    true,
  );

  const lookup = await session.api.call<{
    results: { persons: { organisations: { tier: { id: string } }[] }[] }[];
  }>('POST', '/api/lookup', {
    token: session.token,
    body: { emails: ['pierre.girard@transports-girard.com'] },
  });
  expect(lookup.body.results[0]!.persons[0]!.organisations.map((o) => o.tier.id)).toEqual([
    session.tierIds.girard,
  ]);
});
