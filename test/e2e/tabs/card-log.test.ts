import { createTier } from '@relais/domain';
import { seriousViolations } from '../../support/axe';
import { CLAIRE_CALLER, dayFromToday, startTabsSession, type TabsSession } from './tabs-session';

jest.setTimeout(180_000);

let session: TabsSession;
let orgId: string;

const NOTES = `${'Visite de la cave, inventaire des fûts et point sur les volumes de printemps. '.repeat(6)}Fin des notes.`;

beforeAll(async () => {
  session = await startTabsSession();
  const deps = session.api.app.deps;
  const org = await createTier(deps, CLAIRE_CALLER, {
    kind: 'organisation',
    names: [{ type: 'legal', value: 'Cidrerie Vauclair SARL' }],
  });
  orgId = org.value.id;
  for (const [firstName, lastName] of [
    ['Hugo', 'Vauclair'],
    ['Inès', 'Morel'],
  ] as const)
    await createTier(
      deps,
      CLAIRE_CALLER,
      { kind: 'person', civility: 'M.', firstName, lastName, organisationId: orgId },
      { confirm: 'distinct' },
    );
});
afterAll(() => session?.stop());

it('logs a call from the card with the tier ticked, a colleague added, notes folded in the timeline and the follow-up listed', async () => {
  const page = await session.open('/tab/card', { tierId: orgId });
  await page.getByTestId('card-title').getByText('Cidrerie Vauclair SARL').waitFor();
  await page.getByRole('button', { name: 'Log a call' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a call' });
  await dialog.waitFor();
  expect(await dialog.getByLabel('Medium').inputValue()).toBe('phone');
  expect(await dialog.getByRole('radio', { name: 'Outbound' }).isChecked()).toBe(true);
  const participants = dialog.getByTestId('log-participants');
  expect(await participants.getByRole('checkbox', { name: 'Cidrerie Vauclair SARL' }).isChecked()).toBe(true);
  const hugo = participants.getByRole('checkbox', { name: /Hugo Vauclair/ });
  expect(await hugo.isChecked()).toBe(false);
  await hugo.check();
  expect(await seriousViolations(page)).toEqual([]);

  // A form with something wrong says what, beside the field, and sends nothing.
  await dialog.getByRole('checkbox', { name: 'Cidrerie Vauclair SARL' }).uncheck();
  await hugo.uncheck();
  await dialog.getByRole('button', { name: 'Add a follow-up' }).click();
  await dialog.getByRole('button', { name: 'Log it' }).click();
  await dialog.getByText('Tick at least one organisation or person.').waitFor();
  await dialog.getByText('Say what is to be done.').waitFor();
  await dialog.getByTestId('log-problems').waitFor();

  await dialog.getByRole('checkbox', { name: 'Cidrerie Vauclair SARL' }).check();
  await hugo.check();
  await dialog.getByLabel('Subject').fill('Appel volumes de printemps');
  await dialog.getByLabel('Purpose').fill('Volumes de printemps');
  await dialog.getByLabel('Outcome').fill('Commande de 40 fûts');
  await dialog.getByLabel('Notes').fill(NOTES);
  await dialog.getByLabel('What to do').fill('Envoyer le devis');
  await dialog.getByLabel('Due').fill(dayFromToday(3));
  await dialog.getByRole('button', { name: 'Log it' }).click();
  await page.getByText('Logged. It is at the top of the timeline.').waitFor();
  await dialog.waitFor({ state: 'detached' });
  // Focus is back on the button that opened the form.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Log a call');

  const entry = page.getByTestId('section-timeline').getByTestId('timeline-entry').first();
  await entry.getByText('Appel volumes de printemps').waitFor();
  expect(await entry.getAttribute('data-medium')).toBe('phone');
  await entry.getByRole('link', { name: 'M. Hugo Vauclair' }).waitFor();
  const notes = entry.getByTestId('timeline-notes');
  expect(await notes.textContent()).not.toContain('Fin des notes.');
  expect(await notes.textContent()).toContain('…');
  const more = entry.getByRole('button', { name: 'Show more' });
  expect(await more.getAttribute('aria-expanded')).toBe('false');
  await more.click();
  expect(await notes.textContent()).toContain('Fin des notes.');
  await entry.getByRole('button', { name: 'Show less' }).waitFor();

  const task = page.getByTestId('section-tasks').getByTestId('task-row');
  await task.getByText('Envoyer le devis').waitFor();
  expect(await task.getByTestId('task-people').textContent()).toBe(
    'Assigned to Claire Martin by Claire Martin',
  );
  await task.getByText(/^Due /).waitFor();
  await task.getByTestId('task-interaction').click();
  const opened = page.getByRole('dialog', { name: 'Appel volumes de printemps' });
  await opened.getByText('Commande de 40 fûts').waitFor();
  await opened.getByText('Fin des notes.', { exact: false }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await opened.getByRole('button', { name: 'Close' }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

it('logs a visit in French, and offers a letter as a letter', async () => {
  const page = await session.open('/tab/card', { tierId: orgId }, { lang: 'fr' });
  await page.getByTestId('card-title').getByText('Cidrerie Vauclair SARL').waitFor();
  await page.getByRole('button', { name: 'Consigner un courrier' }).click();
  const letter = page.getByRole('dialog', { name: 'Consigner un courrier' });
  expect(await letter.getByLabel('Canal').inputValue()).toBe('letter');
  await letter.getByRole('button', { name: 'Annuler' }).click();
  await letter.waitFor({ state: 'detached' });
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Consigner une visite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Consigner une visite' });
  expect(await dialog.getByLabel('Canal').inputValue()).toBe('face-to-face');
  await dialog.getByRole('checkbox', { name: /Inès Morel/ }).check();
  await dialog.getByLabel('Sujet').fill('Visite du verger');
  await dialog.getByLabel('Notes').fill('Verger en fleurs.');
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Consigner', exact: true }).click();
  await page.getByText('C’est consigné, en tête de l’historique.').waitFor();
  await dialog.waitFor({ state: 'detached' });
  // Both were logged this minute (the form's time has minutes): found by subject, not by place.
  const entry = page
    .getByTestId('section-timeline')
    .getByTestId('timeline-entry')
    .filter({ hasText: 'Visite du verger' });
  await entry.waitFor();
  expect(await entry.getAttribute('data-medium')).toBe('face-to-face');
  expect(await entry.getByTestId('timeline-notes').textContent()).toBe('Notes\u00a0: Verger en fleurs.');
  expect(await entry.getByRole('button', { name: 'Afficher la suite' }).count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
});
