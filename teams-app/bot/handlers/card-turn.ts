import type { Caller, Language } from '@relais/domain';

/** An `adaptiveCard/action` invoke as the verb handlers see it. */
export type CardTurn = {
  caller: Caller | undefined;
  changeRequestId: string;
  /** The action's data with the card's inputs merged in (the comment). */
  data: Record<string, unknown>;
  lang: Language;
};

/** The comment typed in the card, if any. */
export const commentOf = (turn: CardTurn): { comment?: string } =>
  typeof turn.data.comment === 'string' && turn.data.comment.trim() ? { comment: turn.data.comment } : {};
