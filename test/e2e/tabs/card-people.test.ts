import { createTier } from '@relais/domain';
import { CLAIRE, CLAIRE_CALLER, startTabsSession, type TabsSession } from './tabs-session';

jest.setTimeout(180_000);

const PEOPLE = 60;
const REP = CLAIRE_CALLER;

let session: TabsSession;
let orgId: string;
let objectorId: string;

beforeAll(async () => {
  session = await startTabsSession();
  const deps = session.api.app.deps;
  const org = await createTier(deps, REP, {
    kind: 'organisation',
    names: [{ type: 'legal', value: 'Coopérative Nombreuse SCOP' }],
  });
  orgId = org.value.id;
  for (let start = 0; start < PEOPLE; start += 10)
    await Promise.all(
      Array.from({ length: 10 }, (_, k) => start + k).map((i) =>
        createTier(
          deps,
          REP,
          {
            kind: 'person',
            civility: 'Mme',
            firstName: i === 42 ? 'Zoé' : 'Camille',
            lastName: `Sociétaire-${String(i).padStart(2, '0')}`,
            emails: [`societaire${i}@nombreuse.example`],
            organisationId: orgId,
          },
          { confirm: 'distinct', idempotencyKey: `card-people-e2e-${i}` },
        ).then((t) => {
          if (i === 42) objectorId = t.value.id;
        }),
      ),
    );
  const consent = await session.as(CLAIRE).call('PUT', `/api/persons/${objectorId}/consents`, {
    consents: [
      {
        channel: 'email',
        legalBasis: 'legitimate-interest',
        status: 'objected',
        source: 'Appel entrant',
        date: '2026-03-01',
      },
    ],
  });
  if (consent.status !== 200)
    throw new Error(`consent refused: ${consent.status} ${JSON.stringify(consent.body)}`);
});
afterAll(() => session?.stop());

it('shows more people on demand, beyond the card’s first page, and finds one by name', async () => {
  const page = await session.open('/tab/card', { tierId: orgId });
  const people = page.getByTestId('section-people');
  await people.getByTestId('person').first().waitFor();
  expect(await people.getByTestId('person').count()).toBe(20);
  expect(await people.getByTestId('people-shown').textContent()).toBe('Showing 20 of 60 people.');
  const more = people.getByRole('button', { name: 'Show more people' });
  await more.click();
  await people.getByTestId('people-shown').getByText('Showing 40 of 60 people.').waitFor();
  // The card brought 50: this step asks the API for the next page, on the card's cursor.
  await more.click();
  await people.getByTestId('people-shown').getByText('Showing 60 of 60 people.').waitFor();
  expect(await people.getByTestId('person').count()).toBe(PEOPLE);
  expect(await more.count()).toBe(0);

  await people.getByTestId('people-search').fill('zoe soc');
  await people.getByTestId('people-shown').getByText('1 of 1 people found.').waitFor();
  const zoe = people.getByTestId('person');
  expect(await zoe.count()).toBe(1);
  await zoe.getByText('Mme Zoé Sociétaire-42').waitFor();
  await people.getByTestId('people-search').fill('');
  await people.getByTestId('people-shown').getByText('Showing 20 of 60 people.').waitFor();
});

it('flags a person who objected to prospecting on the people list, in words', async () => {
  const page = await session.open('/tab/card', { tierId: orgId }, { lang: 'fr' });
  const people = page.getByTestId('section-people');
  await people.getByTestId('people-search').fill('zoé');
  const zoe = people.getByTestId('person').filter({ hasText: 'Mme Zoé Sociétaire-42' });
  expect(await zoe.getByTestId('prospecting-objection').textContent()).toBe('Opposé à la prospection');
  await people.getByTestId('people-search').fill('camille');
  await people.getByTestId('people-shown').getByText('20 contacts trouvés sur 59.').waitFor();
  expect(await people.getByTestId('prospecting-objection').count()).toBe(0);
});

it.each([
  ['en', 'Scores and retention', 'Opportunity', 'Risk', 'Data kept'],
  ['fr', 'Scores et conservation', 'Opportunité', 'Risque', 'Données conservées'],
] as const)(
  'shows scores with reasons and trend, and the retention date, in %s at 320 px',
  async (lang, title, opportunity, risk, kept) => {
    const card = await session
      .as(CLAIRE)
      .call<{
        scores: { opportunity: { value: number; reasons: string[] }; risk: { value: number } } | null;
        retention: { label: string; expiresAt: string | null };
      }>('GET', `/api/tiers/${session.tierIds.lemaire!}/card?lang=${lang}`);
    expect(card.body.scores).not.toBeNull();
    const page = await session.open('/tab/card', { tierId: session.tierIds.lemaire! }, { lang, width: 320 });
    const section = page.getByTestId('section-scores');
    await section.getByRole('heading', { name: title }).waitFor();
    const opp = section.getByTestId('score-opportunity');
    await opp.getByText(opportunity, { exact: true }).waitFor();
    expect(await opp.getByTestId('score-value').textContent()).toBe(
      `${card.body.scores!.opportunity.value}/100`,
    );
    for (const reason of card.body.scores!.opportunity.reasons)
      await opp.getByText(reason, { exact: true }).waitFor();
    const riskView = section.getByTestId('score-risk');
    await riskView.getByText(risk, { exact: true }).waitFor();
    expect(await riskView.getByTestId('score-value').textContent()).toBe(
      `${card.body.scores!.risk.value}/100`,
    );
    const retention = section.getByTestId('retention');
    await retention.getByText(kept).waitFor();
    await retention.getByText(card.body.retention.label).waitFor();
    // Readable in the side panel: nothing wider than the 320 px column.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await section.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(320);
  },
);
