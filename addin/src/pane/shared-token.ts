import type { TokenProvider } from '@relais/ui/api';

/**
 * One token request at a time: the pane opens with two calls at once (lookup, already logged?),
 * and they should share a sign-in rather than race two.
 */
export const sharedToken = (provider: TokenProvider): TokenProvider => {
  let pending: Promise<string> | undefined;
  return (options = {}) => {
    if (options.forceRefresh) return provider(options);
    pending ??= provider(options).finally(() => {
      pending = undefined;
    });
    return pending;
  };
};
