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

/** Runs one route: authenticate, call the handler, turn any failure into problem+json. */
export const dispatch = async (app: App, route: Route, request: HttpRequest): Promise<HttpResponseInit> => {
  try {
    const caller =
      route.access === 'public'
        ? { userId: 'anonymous', name: 'anonymous', roles: [], teams: [] }
        : await app.verify(request.headers.get('authorization'));
    return await route.handler(request, { deps: app.deps, caller, lang: languageOf(request), services: app.services });
  } catch (error) {
    if (error instanceof HttpError) return problem(error.status, error.code, error.message, [], {}, error.headers);
    const response = errorResponse(error, log);
    return response.status === 401 ? { ...response, headers: { ...(response.headers as Record<string, string>), 'www-authenticate': 'Bearer' } } : response;
  }
};
