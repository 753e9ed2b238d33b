import { HttpRequest, type HttpResponseInit } from '@azure/functions';
import type { Language } from '@relais/domain';
import type { App } from '../composition-root';
import { errorResponse, problem } from './problem';
import { HttpError } from './request-body';
import type { Route } from './route';

/** French when the client asks for it (Accept-Language or ?lang=fr), English otherwise. */
export const languageOf = (request: HttpRequest): Language => {
  const asked = request.query.get('lang') ?? request.headers.get('accept-language') ?? '';
  return /^\s*fr\b/i.test(asked) ? 'fr' : 'en';
};

const log = (message: string, error: unknown) => console.error(`[relais] ${message}:`, error);

/** Runs one route: authenticate, limit the caller's rate, call the handler, turn any failure into problem+json. */
export const dispatch = async (app: App, route: Route, request: HttpRequest): Promise<HttpResponseInit> => {
  try {
    const lang = languageOf(request);
    const caller =
      route.access === 'public'
        ? { userId: 'anonymous', name: 'anonymous', roles: [], teams: [] }
        : { ...(await app.verify(request.headers.get('authorization'))), lang };
    if (route.access !== 'public') {
      const rate = app.rateLimiter.take(caller.userId);
      if (!rate.allowed)
        return problem(429, 'RATE.LIMITED', `Too many requests; try again in ${rate.retryAfterSeconds} s.`, [], {}, { 'retry-after': String(rate.retryAfterSeconds) });
    }
    return await route.handler(request, { deps: app.deps, caller, lang, services: app.services });
  } catch (error) {
    if (error instanceof HttpError) return problem(error.status, error.code, error.message, [], {}, error.headers);
    const response = errorResponse(error, log);
    return response.status === 401 ? { ...response, headers: { ...(response.headers as Record<string, string>), 'www-authenticate': 'Bearer' } } : response;
  }
};
