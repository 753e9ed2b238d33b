import { DomainError } from '../errors/domain-error';
import { checkFreeText } from '../free-text/check-free-text';
import { describeFinding } from '../free-text/describe-finding';
import type { GuardCategory, GuardLists } from '../free-text/guard-lists.schema';
import type { Caller } from '../model/caller';
import type { Deps } from '../ports/deps';

/** A text a rep typed, named by its path in the request (`summary`, `tasks.0.title`). */
export type FreeTextField = { path: string; text: string | null | undefined };

/** One flagged term: where, what it reveals, and the sentence the rep reads (in their language). */
export type FlaggedText = { path: string; category: GuardCategory; term: string; start: number; end: number; message: string };

export type GuardOptions = { lang: 'fr' | 'en'; lists?: GuardLists; acknowledged?: boolean };

/** Both languages' lists are used whatever the caller's language: French reps write English notes too. */
export const flagFreeText = (fields: readonly FreeTextField[], options: Omit<GuardOptions, 'acknowledged'>): FlaggedText[] =>
  fields.flatMap(({ path, text }) =>
    text
      ? checkFreeText(text, options.lists ? { lists: options.lists } : {}).map((finding) => ({
          path,
          ...finding,
          message: describeFinding(finding, options.lang),
        }))
      : [],
  );

const title = { fr: 'Le texte contient des données à ne pas garder dans le CRM.', en: 'The text holds data the CRM must not keep.' };

/**
 * RGPD art. 9/10 and CNIL: notes stay objective, with no special-category data and no insults. A
 * flagged text is refused with every finding (422 FREE_TEXT.FLAGGED) so the rep can rephrase; it is
 * kept as typed only when the request says `acknowledgeFreeTextWarnings: true`.
 */
export const guardFreeText = (fields: readonly FreeTextField[], options: GuardOptions): void => {
  if (options.acknowledged) return;
  const findings = flagFreeText(fields, options);
  if (findings.length === 0) return;
  throw new DomainError(
    'FREE_TEXT.FLAGGED',
    'rule',
    title[options.lang],
    findings.map((f) => ({ path: f.path, message: f.message })),
    { findings, acknowledgeWith: 'acknowledgeFreeTextWarnings' },
  );
};

/** The guard as the use cases call it: the company's lists, the caller's language, the request's acknowledgement. */
export const guardCallerText = (
  deps: Pick<Deps, 'config'>,
  caller: Pick<Caller, 'lang'>,
  fields: readonly FreeTextField[],
  acknowledged: boolean | undefined,
): void => guardFreeText(fields, { lang: caller.lang ?? 'en', lists: deps.config.freeTextLists, acknowledged: acknowledged === true });
