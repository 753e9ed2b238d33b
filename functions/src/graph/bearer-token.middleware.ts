import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * Puts the app token on every request. The client's own authentication handler only does so for
 * hosts it recognises as Graph over https; Relais' Graph base URL is configuration (a sovereign
 * cloud, a local fake in tests), so the token is attached here whatever the host.
 */
export class BearerTokenMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly token: () => Promise<string>) {}

  async execute(context: Context): Promise<void> {
    const headers = new Headers(context.options?.headers as HeadersInit | undefined);
    headers.set('authorization', `Bearer ${await this.token()}`);
    context.options = { ...context.options, headers: Object.fromEntries(headers.entries()) };
    if (!this.next) throw new Error('The Graph middleware chain has no transport after the token.');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
