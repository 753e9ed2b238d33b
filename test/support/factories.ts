import type { TestApi } from './api-harness';

let n = 0;
const unique = () => `${Date.now().toString(36)}${(n += 1).toString(36)}`;

/** A made-up word, so two factory tiers never look alike to the duplicate check. */
const word = () => {
  const letters = 'bcdfghjklmnpqrstvz';
  const vowels = 'aeiou';
  let out = '';
  for (let i = 0; i < 4; i += 1) out += letters[Math.floor(Math.random() * letters.length)]! + vowels[Math.floor(Math.random() * vowels.length)]!;
  return out[0]!.toUpperCase() + out.slice(1);
};

/** Valid SIRENs (Luhn) to build organisations from; tests pick one each so they never collide. */
export const sirens = ['362275869', '925988156', '622390037', '480440569', '602720815', '963135165', '883226946', '662642859'];

export const organisation = (overrides: Record<string, unknown> = {}) => ({
  kind: 'organisation',
  names: [{ type: 'legal', value: `${word()} ${word()} SAS` }],
  ...overrides,
});

export const person = (overrides: Record<string, unknown> = {}) => {
  const id = unique();
  return { kind: 'person', civility: 'Mme', firstName: word(), lastName: word(), emails: [`contact.${id}@client-${id}.fr`], ...overrides };
};

/**
 * Creates through the API and returns the body, failing loudly if the API refuses. Tests about
 * other things confirm the tier is distinct, so the duplicate check never gets in their way.
 */
export const create = async (api: TestApi, token: string, body: Record<string, unknown>) => {
  const response = await api.call('POST', '/api/tiers?confirm=distinct', { token, body });
  if (response.status !== 201) throw new Error(`create failed ${response.status}: ${response.text}`);
  return response.body as { id: string; [k: string]: unknown };
};

export const interaction = (participants: string[], overrides: Record<string, unknown> = {}) => ({
  direction: 'inbound',
  medium: 'email',
  occurredAt: '2026-11-20T10:00:00+01:00',
  subject: 'Devis',
  participants: participants.map((tierId) => ({ tierId })),
  ...overrides,
});
