import { seriousViolations } from '../../support/axe';
import { CLAIRE, dayFromToday, startTabsSession, type TabsSession } from './tabs-session';

jest.setTimeout(120_000);

let session: TabsSession;
const claire = () => session.as(CLAIRE);
const EXTRA_INTERACTIONS = 45;

beforeAll(async () => {
  session = await startTabsSession();
  // More than two pages of timeline (20 a page) for Brasserie Lemaire: one phone call in three, older than the demo's.
  const lemaire = session.tierIds.lemaire!;
  for (let i = 0; i < EXTRA_INTERACTIONS; i += 5) {
    await Promise.all(
      Array.from({ length: 5 }, (_, j) => i + j).map(async (n) => {
        const day = new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
        const response = await claire().call('POST', '/api/interactions', {
          direction: n % 2 === 0 ? 'outbound' : 'inbound',
          medium: n % 3 === 0 ? 'phone' : 'email',
          occurredAt: `${day}T10:00:00+01:00`,
          subject: `Suivi n°${n + 1}`,
          participants: [{ tierId: lemaire }],
        });
        if (response.status !== 201)
          throw new Error(`seeding failed: ${response.status} ${JSON.stringify(response.body)}`);
      }),
    );
  }
});
afterAll(() => session?.stop());

it('shows identity, people and the relations worded from this tier’s side', async () => {
  const page = await session.open('/tab/card', { tierId: session.tierIds.lemaire! });
  await page.getByTestId('card-title').getByText('Brasserie Lemaire').waitFor();
  const identity = page.getByTestId('section-identity');
  expect(await identity.getByTestId('name-legal').textContent()).toBe('Brasserie Lemaire SAS');
  expect(await identity.getByTestId('name-sign').textContent()).toBe('La Lilloise');
  expect(await identity.getByTestId('siren').textContent()).toBe('362 275 869');
  expect(await identity.getByTestId('siret').textContent()).toBe('362 275 869 06965 — Head office');
  expect(await identity.getByTestId('lifecycle').textContent()).toBe('Client');
  expect(await identity.getByRole('link', { name: '+33 3 20 12 34 56' }).getAttribute('href')).toBe(
    'tel:+33320123456',
  );
  expect(
    await identity.getByRole('link', { name: 'https://brasserie-lemaire.fr' }).getAttribute('href'),
  ).toBe('https://brasserie-lemaire.fr');
  await identity.getByText('12 rue Nationale').waitFor();
  const map = identity.getByRole('link', {
    name: /Show Zone de la Haute Borne, 59650 Villeneuve-d'Ascq on a map/,
  });
  expect(await map.getAttribute('href')).toBe(
    'https://www.openstreetmap.org/?mlat=50.6086&mlon=3.1456#map=17/50.6086/3.1456',
  );

  const relations = page.getByTestId('section-relations');
  await relations.getByText('Brasserie Lemaire is client of').waitFor();
  await relations.getByRole('link', { name: 'Transports Girard' }).waitFor();
  await relations.getByText('prescribes Brasserie Lemaire').waitFor();
  await relations.getByText('since Jun 2021').waitFor();

  const people = page.getByTestId('section-people');
  const anne = people.getByTestId('person').filter({ hasText: 'Mme Anne Lemaire' });
  await anne.getByText('Présidente · Chair').waitFor();
  expect(await anne.getByRole('link', { name: '06 12 34 56 78 (Mobile)' }).getAttribute('href')).toBe(
    'tel:0612345678',
  );
  expect(
    await anne.getByRole('link', { name: 'anne.lemaire@brasserie-lemaire.fr' }).getAttribute('href'),
  ).toBe('mailto:anne.lemaire@brasserie-lemaire.fr');
  await people
    .getByTestId('person')
    .filter({ hasText: 'M. Dominique Petit' })
    .getByText('Responsable achats · Buyer')
    .waitFor();
});

it('reads relations from the other side, with their own wording and status', async () => {
  const girard = await session.open('/tab/card', { tierId: session.tierIds.girard! });
  await girard.getByTestId('section-relations').getByText('is client of Transports Girard').waitFor();
  await girard.getByTestId('section-relations').getByRole('link', { name: 'Brasserie Lemaire' }).waitFor();

  const parent = await session.open('/tab/card', { tierId: session.tierIds.dumas! });
  await parent.getByTestId('section-relations').getByText('Dumas Papiers is the parent company of').waitFor();
  const subsidiary = await session.open('/tab/card', { tierId: session.tierIds['dumas-emballages']! });
  await subsidiary
    .getByTestId('section-relations')
    .getByText('Dumas Emballages SAS is a subsidiary of')
    .waitFor();

  // An ended employment: shown as ended, with its period.
  const roussel = await session.open('/tab/card', { tierId: session.tierIds.roussel! }, { lang: 'fr' });
  const petit = roussel
    .getByTestId('section-people')
    .getByTestId('person')
    .filter({ hasText: 'Dominique Petit' });
  await petit.getByText('Terminée').waitFor();
  await petit.getByText('févr. 2019 → août 2023').waitFor();
  await roussel
    .getByTestId('section-relations')
    .getByText(/est prescripteur de/)
    .waitFor();
});

it('navigates the hierarchy to an establishment and back, showing its pending change request', async () => {
  const page = await session.open('/tab/card', { tierId: session.tierIds.lemaire! });
  await page
    .getByTestId('hierarchy-establishments')
    .getByRole('link', { name: 'Brasserie Lemaire — Arras' })
    .click();
  await page.getByTestId('card-title').getByText('Brasserie Lemaire — Arras').waitFor();
  expect(new URL(page.url()).searchParams.get('tierId')).toBe(session.tierIds['lemaire-arras']);
  await page.getByTestId('hierarchy-parent').getByRole('link', { name: 'Brasserie Lemaire' }).waitFor();
  const request = page.getByTestId('section-changes').getByTestId('change-request');
  await request.getByText('18 rue Gambetta, 62000 Arras').waitFor();
  await request.getByText("Reason: L'entrepôt d'Arras déménage rue Gambetta au 1er décembre.").waitFor();

  await page.getByRole('link', { name: '← Back to Brasserie Lemaire' }).click();
  await page
    .getByTestId('card-title')
    .getByText(/^Brasserie Lemaire$/)
    .waitFor();
  await page.goBack();
  await page.getByTestId('card-title').getByText('Brasserie Lemaire — Arras').waitFor();
});

it('pages the timeline newest first as the list scrolls, and filters it by medium and direction', async () => {
  const page = await session.open('/tab/card', { tierId: session.tierIds.lemaire! });
  const timeline = page.getByTestId('timeline');
  const entries = timeline.getByTestId('timeline-entry');
  await page.getByTestId('card-title').waitFor();
  expect(await entries.count()).toBe(20);
  const first = entries.first();
  await first.getByText('Livraisons Arras — planning de décembre').waitFor();
  await first.getByText('Follow-ups').waitFor();
  await first.getByText('Rappeler M. Petit pour le planning de livraison').waitFor();

  const total = EXTRA_INTERACTIONS + 2;
  for (const expected of [40, total]) {
    await entries.last().scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=timeline-entry]').length === n,
      expected,
    );
  }
  await page.getByTestId('timeline-count').getByText(`${total} interactions shown — all shown`).waitFor();
  const dates = await entries
    .locator('time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.map((d) => Date.parse(d))).toEqual([...dates.map((d) => Date.parse(d))].sort((a, b) => b - a));

  await page.getByTestId('timeline-medium').selectOption('phone');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=timeline-entry]').length === 15);
  expect(
    await entries.evaluateAll((list) => list.every((e) => e.getAttribute('data-medium') === 'phone')),
  ).toBe(true);
  await page.getByTestId('timeline-direction').selectOption('outbound');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=timeline-entry]').length === 8);
  expect(
    await entries.evaluateAll((list) => list.every((e) => e.getAttribute('data-direction') === 'outbound')),
  ).toBe(true);
});

it('lists open tasks with the overdue ones said and highlighted, and marks one done', async () => {
  const lemaire = session.tierIds.lemaire!;
  await claire().call('POST', '/api/tasks', {
    title: 'Relancer le devis fûts',
    dueDate: dayFromToday(-3),
    tierIds: [lemaire],
  });
  await claire().call('POST', '/api/tasks', {
    title: 'Préparer la visite de printemps',
    dueDate: dayFromToday(40),
    tierIds: [lemaire],
  });
  const page = await session.open('/tab/card', { tierId: lemaire });
  const tasks = page.getByTestId('section-tasks');
  const late = tasks.getByTestId('task-row').filter({ hasText: 'Relancer le devis fûts' });
  await late.getByText('Overdue').waitFor();
  await late.getByText('3 days late').waitFor();
  expect(await late.getAttribute('data-overdue')).toBe('true');
  expect(
    await tasks
      .getByTestId('task-row')
      .filter({ hasText: 'Préparer la visite de printemps' })
      .getAttribute('data-overdue'),
  ).toBeNull();

  await late.getByRole('button', { name: 'Mark "Relancer le devis fûts" done' }).click();
  await page.getByText('"Relancer le devis fûts" is done.').waitFor();
  const open = await claire().call<{ items: { title: string }[] }>(
    'GET',
    '/api/tasks?assignee=me&status=open',
  );
  expect(open.body.items.map((t) => t.title)).not.toContain('Relancer le devis fûts');
});

it('confirms a stale fact in one click and requests a change, both recorded', async () => {
  const snlf = session.tierIds.snlf!;
  const page = await session.open('/tab/card', { tierId: snlf });
  const lifecycle = page.getByTestId('fact-row').and(page.locator('[data-fact=lifecycle]'));
  await lifecycle.getByText('To check').waitFor();
  expect(await lifecycle.getAttribute('data-stale')).toBe('true');
  await lifecycle.getByRole('button', { name: 'Confirm that Lifecycle is still Prospect' }).click();
  await page.getByText('Lifecycle confirmed as still true today.').waitFor();
  expect(await lifecycle.getAttribute('data-stale')).toBeNull();
  const card = await claire().call<{ facts: { name: string; stale: boolean; confirmedAt: string }[] }>(
    'GET',
    `/api/tiers/${snlf}/card`,
  );
  const fact = card.body.facts.find((f) => f.name === 'lifecycle')!;
  expect(fact.stale).toBe(false);
  expect(Date.now() - Date.parse(fact.confirmedAt)).toBeLessThan(60_000);

  await lifecycle.getByRole('button', { name: 'Request a change of Lifecycle' }).click();
  const form = page.getByTestId('request-change-form');
  await form.getByLabel('New value').selectOption({ label: 'Client' });
  await form.getByLabel('Why (optional)').fill('Bon de commande signé le 20 novembre.');
  await form.getByRole('button', { name: 'Send the request' }).click();
  await page.getByText('Change of Lifecycle requested. It applies once an approver accepts it.').waitFor();
  await page.getByTestId('section-changes').getByTestId('change-request').getByText('Prospect').waitFor();
  const pending = await claire().call<{ items: { changes: unknown[]; reason: string }[] }>(
    'GET',
    `/api/change-requests?status=pending&tierId=${snlf}`,
  );
  expect(pending.body.items).toEqual([
    expect.objectContaining({
      changes: [{ path: 'facts.lifecycle', from: 'prospect', to: 'client' }],
      reason: 'Bon de commande signé le 20 novembre.',
    }),
  ]);
});

it('names the rep who follows the tier, not their user id', async () => {
  const page = await session.open('/tab/card', { tierId: session.tierIds.lemaire! });
  const owner = page.getByTestId('fact-row').and(page.locator('[data-fact=owner]'));
  await owner.getByText('Claire Martin').waitFor();
  expect(await owner.textContent()).not.toContain('claire.martin');
});

it('shows a fact’s history on demand', async () => {
  const page = await session.open('/tab/card', { tierId: session.tierIds.girard! });
  const lifecycle = page.getByTestId('fact-row').and(page.locator('[data-fact=lifecycle]'));
  await lifecycle.getByRole('button', { name: 'History of Lifecycle' }).click();
  const history = lifecycle.getByTestId('fact-history');
  await history.getByText(/^Client — Jun 2, 2025 → now/).waitFor();
  await history.getByText(/^Prospect — Feb 1, 2023 → Jun 2, 2025/).waitFor();
});

it('says an unknown tier cannot be shown and offers to rebind, and an unbound tab too', async () => {
  const page = await session.open('/tab/card', { tierId: 'no-such-tier' });
  const message = page.getByTestId('card-unavailable');
  await message.getByText('This organisation cannot be shown').waitFor();
  const rebind = message.getByRole('link', { name: 'Choose another organisation' });
  expect(new URL((await rebind.getAttribute('href')) ?? '', session.api.base).pathname).toBe('/tab/config');
  await rebind.click();
  await page.getByRole('heading', { name: 'Show a client card in this channel' }).waitFor();

  const unbound = await session.open('/tab/card');
  await unbound.getByTestId('card-unavailable').getByText('No organisation chosen for this tab').waitFor();
});

it('fits the narrow Teams side panel (320 px) without horizontal scrolling', async () => {
  const page = await session.open('/tab/card', { tierId: session.tierIds.lemaire! }, { width: 320 });
  await page.getByTestId('timeline').getByTestId('timeline-entry').first().waitFor();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

it('shows an API failure in words with a retry that recovers', async () => {
  const lemaire = session.tierIds.lemaire!;
  const page = await session.browser.newPage();
  let failures = 1;
  await page.route('**/api/tiers/*/card', (route) =>
    failures-- > 0
      ? route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: JSON.stringify({ status: 503, code: 'STORAGE.UNAVAILABLE', detail: 'busy' }),
        })
      : route.continue(),
  );
  await page.goto(`${session.api.base}/tab/card?tierId=${lemaire}&user=${CLAIRE.email}&lang=en`);
  await page.getByText('Something went wrong on our side. Try again in a moment.').waitFor();
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByTestId('card-title').getByText('Brasserie Lemaire').waitFor();
});

it('passes axe-core (WCAG 2.2 AA, touch targets included) on an organisation card with its people', async () => {
  const page = await session.open('/tab/card', { tierId: session.tierIds.girard! });
  await page.getByTestId('card-title').getByText('Transports Girard').waitFor();
  await page.getByTestId('person').first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

it('falls back to standalone when embedded by a page that is not Teams (teams-js never answers)', async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.api.base}/api/health`);
  await page.setContent(
    `<iframe title="tab" style="width:800px;height:600px" src="${session.api.base}/tab/card?tierId=${session.tierIds.girard}&user=${CLAIRE.email}"></iframe>`,
  );
  const frame = page.frameLocator('iframe[title=tab]');
  await frame.getByTestId('card-title').getByText('Transports Girard').waitFor();
});

it('ships MSAL as its own script, loaded only for nested app authentication', async () => {
  const page = await session.open('/tab/card', { tierId: session.tierIds.girard! });
  await page.getByTestId('card-title').waitFor();
  const scripts = await page.evaluate(() =>
    [...document.scripts].map((s) => new URL(s.src, location.href).pathname),
  );
  expect(scripts).toEqual([expect.stringMatching(/^\/assets\/tab-card-[A-Z0-9]{8}\.js$/)]);
  // A script, not a page: there is no /tab/naa-sign-in address to open.
  expect((await fetch(`${session.api.base}/tab/naa-sign-in`)).status).toBe(404);
  expect((await fetch(`${session.api.base}/addin/naa-sign-in`)).status).toBe(404);
  // The page says where its sign-in script is (the name carries the content hash).
  const signIn = await page.getAttribute('meta[name="relais-script:tab-naa-sign-in"]', 'content');
  await page.addScriptTag({ url: signIn! });
  expect(
    await page.evaluate(
      () => typeof (window as unknown as { relaisNaaTokenProvider?: unknown }).relaisNaaTokenProvider,
    ),
  ).toBe('function');
});
