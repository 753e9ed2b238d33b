import { findMalformedPlaceholders, findPlaceholders } from '../fill-placeholders';
import { findPlaceholder, placeholderNames } from '../placeholders';
import { type Issue, issue } from './issue';

/** Template check: every `${{NAME}}` is well formed and one of the known placeholders. */
export const checkPlaceholders = (file: string, text: string): Issue[] => [
  ...findMalformedPlaceholders(text).map((fragment) =>
    issue(file, '', `malformed placeholder "${fragment}" (expected \${{UPPER_CASE_NAME}})`),
  ),
  ...findPlaceholders(text)
    .filter((name) => /^[A-Z][A-Z0-9_]*$/.test(name) && !findPlaceholder(name))
    .map((name) =>
      issue(
        file,
        '',
        `unknown placeholder \${{${name}}}; known placeholders: ${placeholderNames().join(', ')}`,
      ),
    ),
];
