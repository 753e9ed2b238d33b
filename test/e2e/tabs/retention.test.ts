import { createTier, type Caller, type Deps } from '@relais/domain';
import { seriousViolations } from '../../support/axe';
import { SOPHIE, startTabsSession, type TabsSession } from './tabs-session';

jest.setTimeout(240_000);

const DAY_MS = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
const steward: Caller = { userId: SOPHIE.userId, name: SOPHIE.name, roles: ['steward'], teams: ['nord'] };

let session: TabsSession;
let forgotten: string[];
type Report = { scanned: number; expired: { tierId: string }[] };

beforeAll(async () => {
  session = await startTabsSession();
  const at: Deps = { ...session.api.app.deps, clock: { now: () => ago(5 * 365) } };
  // Prospects created five years ago and never heard from since: what a legacy import leaves behind.
  forgotten = [];
  for (let i = 1; i <= 12; i += 1)
    forgotten.push((await createTier(at, steward, { kind: 'organisation', names: [{ type: 'legal', value: `Ancienne Scierie ${i}` }], lifecycle: 'prospect' }, { idempotencyKey: `scierie-${i}` })).value.id);
});
afterAll(() => session?.stop());

const apiReview = async (): Promise<Report> => {
  const started = await session.as(SOPHIE).call<{ id: string }>('POST', '/api/retention/runs', { dryRun: true });
  await session.api.drain();
  return (await session.as(SOPHIE).call<{ result: Report }>('GET', `/api/jobs/${started.body.id}`)).body.result;
};

it('the review says who would be erased and why, warns about a large share, and keeps a tier with a reason', async () => {
  const expected = await apiReview();
  expect(expected.expired.map((e) => e.tierId)).toEqual(expect.arrayContaining(forgotten));
  const count = expected.expired.length;
  const share = Math.round((100 * expected.expired.length) / expected.scanned);
  expect(share).toBeGreaterThanOrEqual(10);

  const page = await session.open('/tab/retention', {}, { user: SOPHIE });
  await page.getByRole('heading', { name: 'Retention review' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Review now' }).click();
  const summary = page.getByTestId('summary');
  await summary.waitFor();
  expect(await summary.textContent()).toBe(`${count} of ${expected.scanned} tiers would be erased (${share}%).`);
  const warning = page.getByTestId('large-share');
  await warning.getByText('This run would remove a large share of the base').waitFor();
  await warning.getByText(`It would erase ${count} of ${expected.scanned} tiers (${share}%).`, { exact: false }).waitFor();

  const row = page.getByTestId('expired').locator(`[data-tier-id="${forgotten[0]}"]`);
  await row.getByText('Ancienne Scierie 1').waitFor();
  await row.getByText(/^Period over since .+: prospect with no contact from them for 3 years\.$/).waitFor();
  await row.getByText('Would be erased').waitFor();
  expect(await seriousViolations(page)).toEqual([]);

  await row.getByRole('button', { name: 'Keep Ancienne Scierie 1' }).click();
  await row.getByLabel('Why keep Ancienne Scierie 1?').fill('Litige en cours sur une facture de 2021');
  expect(await seriousViolations(page)).toEqual([]);
  await row.getByRole('button', { name: 'Keep this tier' }).click();
  await page.getByText('Ancienne Scierie 1 is kept: the retention run will leave it alone.').waitFor();
  const held = page.getByTestId('held').locator(`[data-tier-id="${forgotten[0]}"]`);
  await held.getByText(/Kept since .+ by sophie\.leroy: Litige en cours sur une facture de 2021/).waitFor();
  expect(await page.getByTestId('expired').locator(`[data-tier-id="${forgotten[0]}"]`).count()).toBe(0);
  const stored = await session.as(SOPHIE).call<{ retentionHold?: { reason: string } }>('GET', `/api/tiers/${forgotten[0]}`);
  expect(stored.body.retentionHold?.reason).toBe('Litige en cours sur une facture de 2021');
  expect((await apiReview()).expired.map((e) => e.tierId)).not.toContain(forgotten[0]);

  await page.reload();
  await page.getByRole('button', { name: 'Review now' }).click();
  await page.getByTestId('held').locator(`[data-tier-id="${forgotten[0]}"]`).getByRole('button', { name: 'Release the hold on Ancienne Scierie 1' }).click();
  await page.getByText('The hold on Ancienne Scierie 1 is released', { exact: false }).waitFor();
  expect((await session.as(SOPHIE).call<{ retentionHold?: unknown }>('GET', `/api/tiers/${forgotten[0]}`)).body.retentionHold).toBeUndefined();
});

it('in French: the summary, the warning and the reasons read in French, with French typography, and pass axe-core', async () => {
  const expected = await apiReview();
  const page = await session.open('/tab/retention', {}, { user: SOPHIE, lang: 'fr' });
  await page.getByRole('button', { name: 'Lancer la revue' }).click();
  const summary = page.getByTestId('summary');
  await summary.waitFor();
  const share = Math.round((100 * expected.expired.length) / expected.scanned);
  expect(await summary.textContent()).toBe(`${expected.expired.length} tiers sur ${expected.scanned} seraient effacés (${share}\u00a0%).`);
  await page.getByTestId('large-share').getByText('Cette purge supprimerait une grande part de la base').waitFor();
  const row = page.getByTestId('expired').locator(`[data-tier-id="${forgotten[1]}"]`);
  await row.getByText(/^Durée écoulée depuis le .+\u00a0: prospect sans contact de sa part depuis 3\u00a0ans\.$/).waitFor();
  await row.getByText('Serait effacé').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await row.getByRole('button', { name: 'Conserver Ancienne Scierie 2' }).click();
  await row.getByLabel('Pourquoi conserver Ancienne Scierie 2\u00a0?').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

it('a rep may not review retention: the page says so in words', async () => {
  const page = await session.open('/tab/retention');
  await page.getByRole('button', { name: 'Review now' }).click();
  await page.getByText('Could not do it: You are not allowed to do this.').waitFor();
});
