/**
 * The media an interaction can go through, in the order the forms offer them. A plain list (no zod),
 * so the pages can import it without the schemas.
 */
export const MEDIA = ['email', 'meeting', 'phone', 'face-to-face', 'sms', 'letter', 'fax', 'event', 'voice-message', 'web-form', 'voice-server'] as const;
