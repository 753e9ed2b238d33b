import { createTier } from '@relais/domain';
import { CLAIRE_CALLER, startTabsSession, type TabsSession } from './tabs-session';

jest.setTimeout(180_000);

const SHOPS = 70;
const REP = CLAIRE_CALLER;

let session: TabsSession;
let groupId: string;
let zenithId: string;

beforeAll(async () => {
  session = await startTabsSession();
  const deps = session.api.app.deps;
  groupId = (await createTier(deps, REP, { kind: 'organisation', names: [{ type: 'legal', value: 'Enseignes du Nord SA' }] }))
    .value.id;
  for (let start = 0; start < SHOPS; start += 10)
    await Promise.all(
      Array.from({ length: 10 }, (_, k) => start + k).map(async (i) => {
        const name = i === 64 ? 'Boutique Zénith SARL' : `Boutique ${String(i).padStart(2, '0')} SARL`;
        const made = await createTier(
          deps,
          REP,
          { kind: 'organisation', names: [{ type: 'legal', value: name }], parentId: groupId },
          { confirm: 'distinct', idempotencyKey: `card-establishments-e2e-${i}` },
        );
        if (i === 64) zenithId = made.value.id;
      }),
    );
});
afterAll(() => session?.stop());

it('shows the first fifty establishments, the rest on demand, and finds one by name', async () => {
  const page = await session.open('/tab/card', { tierId: groupId });
  const hierarchy = page.getByTestId('section-hierarchy');
  const links = hierarchy.getByTestId('hierarchy-establishments').getByRole('link');
  await links.first().waitFor();
  expect(await links.count()).toBe(50);
  expect(await links.first().textContent()).toBe('Boutique 00 SARL');
  expect(await hierarchy.getByTestId('establishments-shown').textContent()).toBe('Showing 50 of 70 establishments.');
  const more = hierarchy.getByRole('button', { name: 'Show more establishments' });
  await more.click();
  await hierarchy.getByTestId('establishments-shown').getByText('Showing 70 of 70 establishments.').waitFor();
  expect(await links.count()).toBe(SHOPS);
  expect(await more.count()).toBe(0);

  await hierarchy.getByTestId('establishments-search').fill('zenith');
  await hierarchy.getByTestId('establishments-shown').getByText('1 of 1 establishments found.').waitFor();
  expect(await links.count()).toBe(1);
  await links.first().click();
  await page.getByTestId('card-title').getByText('Boutique Zénith SARL').waitFor();
  await page.getByTestId('hierarchy-parent').getByRole('link', { name: 'Enseignes du Nord SA' }).waitFor();
  expect(new URL(page.url()).searchParams.get('tierId')).toBe(zenithId);

  await page.getByTestId('hierarchy-parent').getByRole('link', { name: 'Enseignes du Nord SA' }).click();
  await hierarchy.getByTestId('establishments-search').fill('nulle part');
  await hierarchy.getByText('No establishment here is called “nulle part”.').waitFor();
});
