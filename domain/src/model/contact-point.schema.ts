import { z } from 'zod';
import { IsoDate } from './common.schema';

/**
 * The identity of an element of a tier's list (a phone, a name, an address): what a change request
 * names to replace or remove that element. Assigned by Relais when missing (see `list-elements.ts`).
 */
export const ElementId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'Expected an element id.');

const phonePattern = /^\+?[0-9 ().-]{6,30}$/;

export const PhoneType = z.enum(['switchboard', 'direct', 'mobile', 'fax', 'assistant', 'other']);

/** A phone number; plain strings are accepted and read as `{ type: 'other', number }`. */
export const Phone = z.preprocess(
  (value) => (typeof value === 'string' ? { type: 'other', number: value } : value),
  z
    .object({
      id: ElementId.optional(),
      type: PhoneType.default('other'),
      number: z.string().trim().regex(phonePattern, 'Expected a phone number like +33 1 23 45 67 89.'),
    })
    .strict(),
);
export type Phone = z.infer<typeof Phone>;

export const Address = z
  .object({
    id: ElementId.optional(),
    kind: z.enum(['postal', 'geographic']).default('postal'),
    usages: z.array(z.enum(['head-office', 'billing', 'delivery', 'site'])).max(4).optional(),
    lines: z.array(z.string().trim().min(1).max(120)).max(4).optional(),
    poBox: z.string().trim().min(1).max(40).optional(),
    postcode: z
      .string()
      .trim()
      .regex(/^[0-9A-Z -]{3,10}$/i, 'Expected a postcode.')
      .optional(),
    city: z.string().trim().min(1).max(100).optional(),
    cedex: z.string().trim().min(1).max(20).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'Expected an ISO country code like FR.')
      .default('FR'),
    coordinates: z
      .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
      .strict()
      .optional(),
    /** Since when the tier is at this address; an address replaced or removed keeps its end date (`validTo`) as history. */
    validFrom: IsoDate.optional(),
    validTo: IsoDate.optional(),
  })
  .strict()
  .superRefine((address, ctx) => {
    if (address.validFrom && address.validTo && address.validTo < address.validFrom)
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'The end date is before the start date.' });
    if (address.kind === 'geographic' && !address.coordinates && !address.city)
      ctx.addIssue({ code: 'custom', path: ['coordinates'], message: 'A geographic address needs coordinates or a city.' });
    // An address kept as written (an import could not read it) has its lines only: still a place to find the company.
    if (address.kind === 'postal' && !address.city && !address.postcode && !address.lines?.length)
      ctx.addIssue({ code: 'custom', path: ['city'], message: 'A postal address needs a postcode, a city or a line.' });
  });
export type Address = z.infer<typeof Address>;

export const ExternalId = z.object({ system: z.string().trim().min(1).max(50), id: z.string().trim().min(1).max(100) }).strict();
