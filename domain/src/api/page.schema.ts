import { z } from 'zod';

/** `{ items, nextCursor }`: every list the API pages (`?limit=&cursor=`). */
export const pageSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** A page that also says how many items there are in all (for this caller). */
export const countedPageSchema = <T extends z.ZodType>(item: T) => pageSchema(item).extend({ total: z.number().int() });

/** A whole list in one answer (reference data, small catalogues). */
export const listSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
