import { sharedToken } from './shared-token';

it('shares one token request between calls made at once, and lets a forced refresh through', async () => {
  let calls = 0;
  const provider = sharedToken(async () => `token-${(calls += 1)}`);
  expect(await Promise.all([provider(), provider()])).toEqual(['token-1', 'token-1']);
  expect(await provider({ forceRefresh: true })).toBe('token-2');
  expect(await provider()).toBe('token-3');
});
