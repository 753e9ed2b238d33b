import { z } from 'zod';
import { Email } from './common.schema';

/**
 * Whose mailbox the logged item was in, when it was not the rep's own: a shared mailbox
 * (`commercial@`) or a colleague's the rep is a delegate of. The rep who clicked stays `performedBy`.
 */
export const ItemMailbox = z
  .object({ owner: Email, shared: z.boolean() })
  .strict()
  .meta({ id: 'ItemMailbox' });
export type ItemMailbox = z.infer<typeof ItemMailbox>;
