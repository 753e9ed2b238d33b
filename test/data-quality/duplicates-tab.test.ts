import type { TestUser } from '../support/api-harness';
import { seriousViolations } from '../support/axe';
import { CLAIRE, SOPHIE, startTabsSession, type TabsSession } from '../e2e/tabs/tabs-session';

jest.setTimeout(180_000);

const HUGO: TestUser = { userId: 'hugo.bernard', name: 'Hugo Bernard', roles: ['rep'], teams: ['sud'], email: 'hugo.bernard@relais-demo.fr' };

let session: TabsSession;
beforeAll(async () => (session = await startTabsSession()));
afterAll(() => session?.stop());

/** A pair that reaches the review list: the second rep cannot see the first record, so creation lets it through. */
const pairOf = async (name: string, domain: string) => {
  const body = (confidentiality: string) => ({ kind: 'organisation', names: [{ type: 'legal', value: name }], emailDomains: [domain], confidentiality });
  const first = await session.as(CLAIRE).call<{ id: string }>('POST', '/api/tiers', body('restricted'));
  const second = await session.as(HUGO).call<{ id: string }>('POST', '/api/tiers', body('public'));
  if (first.status !== 201 || second.status !== 201) throw new Error(`pair not created: ${first.status} ${second.status}`);
  return { first: first.body.id, second: second.body.id };
};

it('lists likely duplicates with their reasons, merges one pair and marks another distinct', async () => {
  const tag = Date.now().toString(36);
  const merged = await pairOf(`Cartonnerie Vasseur ${tag}`, `vasseur-${tag}.fr`);
  const distinct = await pairOf(`Fromagerie Delorme ${tag}`, `delorme-${tag}.fr`);

  const page = await session.open('/tab/duplicates', {}, { user: SOPHIE });
  await page.getByRole('heading', { name: 'Duplicates to review' }).waitFor();
  const first = page.locator('li[data-pair]', { hasText: `Cartonnerie Vasseur ${tag}` });
  await first.getByText(/% alike/).waitFor();
  await first.getByRole('list', { name: 'Why they look alike' }).getByText(/vasseur-/).first().waitFor();
  await first.getByRole('link', { name: `Cartonnerie Vasseur ${tag}` }).first().waitFor();

  // Both records go by the same name: the buttons say which one they keep.
  const keep = first.getByRole('button', { name: `Keep Cartonnerie Vasseur ${tag} (first record) and merge Cartonnerie Vasseur ${tag} (second record) into it` });
  const other = first.getByRole('button', { name: `Keep Cartonnerie Vasseur ${tag} (second record) and merge Cartonnerie Vasseur ${tag} (first record) into it` });
  expect(await other.textContent()).toBe(`Keep Cartonnerie Vasseur ${tag} (second record)`);
  await keep.click();
  await first.getByTestId('merge-review').getByRole('button', { name: `Merge Cartonnerie Vasseur ${tag} (second record) into Cartonnerie Vasseur ${tag} (first record)` }).click();
  // The message tells the two records apart.
  await page.getByText(`Cartonnerie Vasseur ${tag} (second record) was merged into Cartonnerie Vasseur ${tag} (first record).`).waitFor();
  await first.waitFor({ state: 'detached' });
  const states = await Promise.all([merged.first, merged.second].map(async (id) => (await session.as(SOPHIE).call<{ status: string }>('GET', `/api/tiers/${id}`)).body.status));
  expect(states.sort()).toEqual(['active', 'merged']);

  const second = page.locator('li[data-pair]', { hasText: `Fromagerie Delorme ${tag}` });
  await second.getByRole('button', { name: `Fromagerie Delorme ${tag} and Fromagerie Delorme ${tag} are two different records` }).click();
  await page.getByText(`Fromagerie Delorme ${tag} and Fromagerie Delorme ${tag} will not be proposed again.`).waitFor();
  await second.waitFor({ state: 'detached' });
  const review = await session.as(SOPHIE).call<{ items: { aId: string; bId: string }[] }>('GET', '/api/duplicates?limit=200');
  expect(review.body.items.some((p) => [p.aId, p.bId].includes(distinct.first) && [p.aId, p.bId].includes(distinct.second))).toBe(false);
});

it('follows a merge too large for one request (202) to its end, showing its progress', async () => {
  const tag = Date.now().toString(36);
  const pair = await pairOf(`Tonnellerie Garnier ${tag}`, `garnier-${tag}.fr`);
  const settings = session.api.app.deps.background!.settings;
  const inline = settings.mergeInlineMoves;
  settings.mergeInlineMoves = 0; // every merge moving anything becomes a job
  try {
    await session.as(HUGO).call('POST', '/api/interactions', { direction: 'inbound', medium: 'email', occurredAt: '2026-11-20T10:00:00+01:00', subject: 'Commande', participants: [{ tierId: pair.second }] });
    const page = await session.open('/tab/duplicates', {}, { user: SOPHIE });
    const row = page.locator('li[data-pair]', { hasText: `Tonnellerie Garnier ${tag}` });
    await row.getByRole('button', { name: /^Keep .* and merge .* into it$/ }).first().click();
    await row.getByTestId('merge-review').getByRole('button', { name: /^Merge / }).click();
    await page.getByText(/was merged into/).waitFor({ timeout: 60_000 });
    await row.waitFor({ state: 'detached' });
    const states = await Promise.all([pair.first, pair.second].map(async (id) => (await session.as(SOPHIE).call<{ status: string }>('GET', `/api/tiers/${id}`)).body.status));
    expect(states.sort()).toEqual(['active', 'merged']);
  } finally {
    settings.mergeInlineMoves = inline;
  }
});

it('suggests keeping the richer record, reviews what each field becomes, merges keeping its "followed by", then undoes', async () => {
  const tag = Date.now().toString(36);
  const pair = await pairOf(`Tonnellerie Dumont ${tag}`, `dumont-${tag}.fr`);
  // The second record is the richer: it has the interactions.
  for (const day of ['2026-03-02', '2026-03-09'])
    expect((await session.as(HUGO).call('POST', '/api/interactions', { direction: 'inbound', medium: 'phone', occurredAt: `${day}T10:00:00+01:00`, subject: `Commande ${tag}`, participants: [{ tierId: pair.second }] })).status).toBe(201);
  const page = await session.open('/tab/duplicates', {}, { user: SOPHIE });
  const row = page.locator('li[data-pair]', { hasText: `Tonnellerie Dumont ${tag}` });
  await row.getByTestId('suggested').getByText(/^Suggested: keep Tonnellerie Dumont .*, it has more interactions \(2 against 0\)\.$/).waitFor();
  // The suggested record's button comes first.
  await row.getByRole('button', { name: /^Keep .* and merge .* into it$/ }).first().click();
  const review = row.getByTestId('merge-review');
  const owner = review.locator('[data-field="facts.owner"]');
  await owner.getByRole('radio', { name: /hugo\.bernard/ }).waitFor();
  expect(await owner.getByRole('radio', { name: /hugo\.bernard/ }).isChecked()).toBe(true);
  await review.getByText('You can undo the merge for 24 hours.', { exact: false }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await review.getByRole('button', { name: /^Merge / }).click();
  await page.getByText(/was merged into/).waitFor();
  const [kept, gone] = (await session.as(SOPHIE).call<{ status: string }>('GET', `/api/tiers/${pair.second}`)).body.status === 'active' ? [pair.second, pair.first] : [pair.first, pair.second];
  expect(kept).toBe(pair.second);
  expect((await session.as(SOPHIE).call<{ owner: string }>('GET', `/api/tiers/${kept}`)).body.owner).toBe(HUGO.userId);

  await page.getByRole('button', { name: /^Undo the merge of / }).click();
  await page.getByText(/Merge undone: .* is a record of its own again\./).waitFor();
  expect((await session.as(SOPHIE).call<{ status: string }>('GET', `/api/tiers/${gone}`)).body.status).toBe('active');
});

it('tells two records of the same name apart by what differs', async () => {
  const tag = Date.now().toString(36);
  const make = (email: string) =>
    session.as(CLAIRE).call<{ id: string }>('POST', '/api/tiers', { kind: 'person', civility: 'Mme', firstName: 'Léonie', lastName: `Marchal${tag}`, emails: [email] });
  const created = [await make(`leonie.marchal.${tag}@atelier-marchal.fr`), await make(`leonie.${tag}@gmail.com`)];
  expect(created.map((r) => r.status)).toEqual([201, 201]);
  const page = await session.open('/tab/duplicates', {}, { user: SOPHIE, lang: 'fr' });
  const pair = page.locator('li[data-pair]', { hasText: `Léonie Marchal${tag}` });
  const work = `Mme Léonie Marchal${tag} (leonie.marchal.${tag}@atelier-marchal.fr)`;
  const home = `Mme Léonie Marchal${tag} (leonie.${tag}@gmail.com)`;
  const keepWork = pair.getByRole('button', { name: `Garder ${work} et y fusionner ${home}` });
  const keepHome = pair.getByRole('button', { name: `Garder ${home} et y fusionner ${work}` });
  expect(await keepWork.textContent()).toBe(`Garder ${work}`);
  expect(await keepHome.textContent()).toBe(`Garder ${home}`);
});

it('speaks French, and tells a rep the list is not theirs', async () => {
  const page = await session.open('/tab/duplicates', {}, { user: SOPHIE, lang: 'fr' });
  await page.getByRole('heading', { name: 'Doublons à revoir' }).waitFor();
  const rep = await session.open('/tab/duplicates', {}, { user: CLAIRE });
  await rep.getByText('You are not allowed to do this.').waitFor();
});
