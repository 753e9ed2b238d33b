// negotiator 1.x; the DefinitelyTyped package describes 0.6, which has no `preferred` tie-break.
declare module 'negotiator' {
  export default class Negotiator {
    constructor(request: { headers: Record<string, string | undefined> });
    encoding(available: readonly string[], options?: { preferred?: readonly string[] }): string | undefined;
  }
}
