import { HttpRequest, type HttpResponseInit } from '@azure/functions';
import type { Caller, Language } from '@relais/domain';
import type { App } from '../composition-root';
import { logFailure } from './failure-log';
import { checkPathParams } from './path-params';
import { errorResponse, problem } from './problem';
import { HttpError } from './request-body';
import type { Route } from './route';

const anonymous: Caller = { userId: 'anonymous', name: 'anonymous', roles: [], teams: [] };

/** French when the client asks for it (Accept-Language or ?lang=fr), English otherwise. */
export const languageOf = (request: HttpRequest): Language => {
  const asked = request.query.get('lang') ?? request.headers.get('accept-language') ?? '';
  return /^\s*fr\b/i.test(asked) ? 'fr' : 'en';
};

/** The rate limit's key: the user, or for calls with no valid token (public routes, bad tokens) their address. */
const rateKey = (app: App, request: HttpRequest, userId?: string) => (userId ? `user:${userId}` : `address:${app.addressOf(request)}`);

const limited = (retryAfterSeconds: number) =>
  new HttpError('RATE.LIMITED', `Too many requests; try again in ${retryAfterSeconds} s.`, { 'retry-after': String(retryAfterSeconds) });

/** A refused token costs its sender as any call does: a flood of bad tokens is throttled by address. */
const authenticate = async (app: App, request: HttpRequest): Promise<Caller> => {
  try {
    return await app.verify(request.headers.get('authorization'));
  } catch (error) {
    const rate = app.rateLimiter.take(rateKey(app, request));
    throw rate.allowed ? error : limited(rate.retryAfterSeconds);
  }
};

/** Runs one route: authenticate, limit the caller's rate, check the path ids, call the handler, turn any failure into problem+json. */
export const dispatch = async (app: App, route: Route, request: HttpRequest): Promise<HttpResponseInit> => {
  try {
    const lang = languageOf(request);
    const caller = route.access === 'public' ? undefined : { ...(await authenticate(app, request)), lang };
    const rate = app.rateLimiter.take(rateKey(app, request, caller?.userId));
    if (!rate.allowed) throw limited(rate.retryAfterSeconds);
    checkPathParams(request.params);
    return await route.handler(request, { deps: app.deps, caller: caller ?? anonymous, lang, services: app.services });
  } catch (error) {
    if (error instanceof HttpError) return problem(error.code, error.message, [], {}, error.headers);
    const response = errorResponse(error, logFailure);
    return response.status === 401 ? { ...response, headers: { ...(response.headers as Record<string, string>), 'www-authenticate': 'Bearer' } } : response;
  }
};
