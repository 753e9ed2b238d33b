import { z } from 'zod';

/** 10 GiB: far above what Exchange lets through, low enough to reject a nonsense number. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 ** 3;
export const MAX_ATTACHMENTS = 100;

const Link = z.url({ protocol: /^https?$/, error: 'Expected an http(s) link.' }).max(2000);

/**
 * An attachment of the logged e-mail or meeting, by name only: the content stays in Exchange
 * (data minimisation), reachable through the item's link.
 */
export const InteractionAttachment = z
  .object({
    // Not trimmed: a file name is what the sender typed, odd characters included.
    name: z.string().min(1).max(255),
    size: z.number().int().min(0).max(MAX_ATTACHMENT_BYTES).optional(),
    contentType: z.string().max(255).optional(),
    link: Link.optional(),
  })
  .strict()
  .meta({ id: 'InteractionAttachment' });
export type InteractionAttachment = z.infer<typeof InteractionAttachment>;

export const InteractionAttachments = z.array(InteractionAttachment).max(MAX_ATTACHMENTS);

/** Where the item lives in Exchange, as Office gives it: its id and, when known, its web link. */
export const ExchangeItemRef = {
  itemId: z.string().trim().min(1).max(1000).optional(),
  webLink: Link.optional(),
};
