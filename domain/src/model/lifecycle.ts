import { z } from 'zod';

/** Where a tier stands towards the company; it changes over time, so it is kept as a dated fact. */
export const Lifecycle = z.enum(['suspect', 'prospect', 'client', 'former', 'partner', 'competitor']);
export type Lifecycle = z.infer<typeof Lifecycle>;
