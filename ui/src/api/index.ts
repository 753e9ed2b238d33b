/** `@relais/ui/api`: the typed client of the Relais API, its problems and list helpers. */
export * from './api-client';
export * from './api-problem';
export * from './client-config';
export * from './follow-job';
export * from './problem-message';
export * from './use-cursor-list.hook';
export type * from './relais-api.generated';
