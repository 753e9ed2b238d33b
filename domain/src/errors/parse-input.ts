import type { z } from 'zod';
import { DomainError, type FieldError } from './domain-error';
import type { CodeOfKind } from './error-codes';

const pathOf = (path: readonly PropertyKey[]): string => path.map(String).join('.') || '(body)';

/** Validates input against a schema; on failure names every offending field. */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown, code: CodeOfKind<'invalid'> = 'REQUEST.INVALID'): z.output<S> => {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    return keys.length > 0
      ? { path: keys.map((key) => pathOf([...issue.path, key])).join(', '), message: 'Unknown field.' }
      : { path: pathOf(issue.path), message: issue.message };
  });
  throw new DomainError(code, 'invalid', 'The request has invalid fields.', errors);
};
