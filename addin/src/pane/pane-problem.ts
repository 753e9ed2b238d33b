import { isApiProblem, problemMessage } from '@relais/ui/api';
import type { TFunction } from 'i18next';

/**
 * The sentence for any failure in the pane: the API's problems as the shared UI says them, a
 * failed sign-in with its reason, and a fetch that never reached Relais as "cannot be reached".
 */
export const paneProblem = (error: unknown, t: TFunction): string => {
  if (isApiProblem(error)) return problemMessage(error, t);
  if (error instanceof TypeError) return t('common:errors.network');
  // SignInError (MSAL) carries a `reason`; the dev issuer's failure says "sign-in". Both are already sentences.
  if (error instanceof Error && ('reason' in error || /sign-in/i.test(error.message)))
    return t('errors.signIn', { message: error.message });
  return problemMessage(error, t);
};
