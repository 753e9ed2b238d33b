import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter, IHttpServerRequest, IHttpServerResponse } from '@microsoft/teams.apps';

/**
 * The Teams SDK's HTTP seam without a server of its own: the SDK registers its messaging route here
 * (with its Bot Framework token validation in front of the app), and the Functions route hands each
 * request to it. Nothing listens; Azure Functions (or the local host) does.
 */
export class FunctionsAdapter implements IHttpServerAdapter {
  private readonly routes = new Map<string, HttpRouteHandler>();

  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler): void {
    this.routes.set(`${method} ${path}`, handler);
  }

  async handle(method: HttpMethod, path: string, request: IHttpServerRequest): Promise<IHttpServerResponse> {
    const handler = this.routes.get(`${method} ${path}`);
    if (!handler) return { status: 404, body: { error: `No bot route at ${method} ${path}.` } };
    return handler(request);
  }
}
