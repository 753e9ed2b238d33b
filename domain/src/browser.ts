/**
 * What the pages (add-in, tabs) may take from the domain: every type, and the pure helpers that need
 * no zod at run time, so nothing of the domain is copied for the browser and no schema is bundled.
 */
export type * from './index';
export { displayName } from './model/display-name';
export { summarize } from './model/summarize-tier';
export { MEDIA } from './model/media';
