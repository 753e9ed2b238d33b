import type { TFunction } from 'i18next';
import { ApiProblem } from './api-problem';

/** A plain sentence telling the user what happened and what to do, in their language. */
export const problemMessage = (error: unknown, t: TFunction): string => {
  if (!(error instanceof ApiProblem)) return t('common:errors.server');
  if (error.code.startsWith('SIGN_IN.')) return t(`common:signIn.${error.code.slice('SIGN_IN.'.length)}`);
  if (error.status === 0) return t('common:errors.network');
  if (error.status === 408) return t('common:errors.timeout');
  if (error.status === 401) return t('common:errors.unauthorized');
  if (error.status === 403) return t('common:errors.forbidden');
  if (error.status === 404 || error.status === 410) return t('common:errors.notFound');
  if (error.status === 409 || error.status === 412) return error.detail || t('common:errors.conflict');
  if (error.status === 400 || error.status === 422)
    return [t('common:errors.invalid'), ...error.errors.map((e) => `${e.path}: ${e.message}`)].join(' ');
  if (error.status === 429) return t('common:errors.tooMany');
  return t('common:errors.server');
};
