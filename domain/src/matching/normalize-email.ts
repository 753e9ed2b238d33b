import { foldText } from './fold-text';

const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/**
 * Lower-cased bare address, or undefined when it is not one. Accepts what people paste:
 * "Name <a@b.fr>", "mailto:a@b.fr", surrounding spaces. Lower-casing the local part is not RFC
 * strict, but no mail system in use treats case there as meaningful.
 */
export const normalizeEmail = (raw: string): string | undefined => {
  const bracketed = /<([^>]*)>/.exec(raw);
  const candidate = foldText((bracketed ? bracketed[1] : raw).trim())
    .replace(/^mailto:/, '')
    .replace(/\.$/, '');
  return EMAIL.test(candidate) ? candidate : undefined;
};

/** The domain of an address ("Jean@Garnier-0.FR" → "garnier-0.fr"), or undefined. */
export const emailDomain = (raw: string): string | undefined => {
  const email = normalizeEmail(raw);
  return email ? email.slice(email.indexOf('@') + 1) : undefined;
};
