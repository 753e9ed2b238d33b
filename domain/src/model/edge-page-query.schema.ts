import { z } from 'zod';

/** A page of a tier's relations (`GET /api/tiers/{id}/relations?limit=&cursor=`). */
export const RelationsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().min(1).max(2000).optional(),
    lang: z.enum(['fr', 'en']).optional(),
  })
  .strict()
  .meta({ id: 'RelationsQuery' });
export type RelationsQuery = z.infer<typeof RelationsQuery>;

/** A page of the people at an organisation, optionally only those whose name has words starting with `q`. */
export const PeopleQuery = RelationsQuery.extend({ q: z.string().trim().max(100).optional() }).strict().meta({ id: 'PeopleQuery' });
export type PeopleQuery = z.infer<typeof PeopleQuery>;

/** A page of an organisation's establishments, optionally only those whose name has words starting with `q`. */
export const EstablishmentsQuery = RelationsQuery.omit({ lang: true })
  .extend({ q: z.string().trim().max(100).optional() })
  .strict()
  .meta({ id: 'EstablishmentsQuery' });
export type EstablishmentsQuery = z.infer<typeof EstablishmentsQuery>;
