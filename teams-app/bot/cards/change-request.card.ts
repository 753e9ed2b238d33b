import type { IAdaptiveCard, CardElement, IExecuteAction } from '@microsoft/teams.cards';
import type { ChangeRequestView, Language } from '@relais/domain';
import { executeAction } from './card-actions';
import { cardText, formatDate, pathLabel, stepText, type CardText } from './card-text';
import { formatValue } from './format-value';

/** Who looks at the card: what they may do changes its actions, never its content. */
export type Viewer = { mayDecide: boolean; isRequester: boolean };

export type CardOptions = {
  lang: Language;
  /** A line shown on top, for this viewer only ("already decided by…", "you are not the approver"). */
  notice?: string;
  /** Teams user ids (`29:…`) whose client refreshes the card by itself when they see it. */
  refreshUserIds?: string[];
};

const MAX_REFRESH_USERS = 60;

const statusLine = (view: ChangeRequestView, text: CardText, lang: Language): string => {
  const r = view.request;
  const who = r.decidedByName ?? r.decidedBy ?? '';
  const when = r.decidedAt ? formatDate(r.decidedAt, lang) : '';
  if (r.status === 'pending') return `⏳ ${text.pendingFor(r.routing)}`;
  return text[r.status](who, when);
};

const changeBlock = (view: ChangeRequestView, i: number, text: CardText, lang: Language): CardElement => {
  const change = view.changes[i]!;
  const showNow = view.request.status === 'conflicted' || (view.request.status === 'pending' && formatValue(change.current) !== formatValue(change.from));
  const now = showNow ? [{ title: text.now, value: formatValue(change.current, text) }] : [];
  // A list field reads element by element: what it adds, replaces, removes.
  const details: CardElement[] =
    change.steps.length > 0
      ? [
          ...change.steps.map((step): CardElement => ({ type: 'TextBlock', text: stepText(change.path, step, lang, (v) => formatValue(v, text)), wrap: true })),
          ...(change.op && now.length > 0 ? [{ type: 'FactSet' as const, facts: now }] : []),
        ]
      : [
          {
            type: 'FactSet',
            facts: [{ title: text.before, value: formatValue(change.from, text) }, { title: text.after, value: formatValue(change.to, text) }, ...now],
          },
        ];
  return {
    type: 'Container',
    separator: true,
    items: [{ type: 'TextBlock', text: pathLabel(change.path, lang), weight: 'Bolder', wrap: true }, ...details],
  };
};

const actionsFor = (view: ChangeRequestView, viewer: Viewer, text: CardText): IExecuteAction[] => {
  const { id, status } = view.request;
  if (status === 'pending' && viewer.mayDecide)
    return [
      executeAction('approve', id, text.approve, { style: 'positive', associatedInputs: 'auto' }),
      executeAction('reject', id, text.reject, { style: 'destructive', associatedInputs: 'auto' }),
    ];
  if (status === 'pending' && viewer.isRequester) return [executeAction('withdraw', id, text.withdraw)];
  if (status === 'conflicted' && viewer.isRequester) return [executeAction('rerequest', id, text.rerequest)];
  return [];
};

/**
 * The change request as an Adaptive Card (Universal Actions, schema 1.5): tier, requester, reason, the
 * interaction it came from, before and after of every change; Approve / Reject with a comment while
 * pending, its final state afterwards. The `refresh` action makes Teams ask the bot for the current
 * state whenever the card is shown, so everyone sees the final state.
 */
export const changeRequestCard = (view: ChangeRequestView, viewer: Viewer, options: CardOptions): IAdaptiveCard => {
  const { lang } = options;
  const text = cardText(lang);
  const r = view.request;
  const interaction = view.interaction;
  const decisionComment = r.status !== 'pending' && r.comment ? [{ type: 'TextBlock' as const, text: `${text.comment} : ${r.comment}`, wrap: true, isSubtle: true }] : [];
  const actions = actionsFor(view, viewer, text);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    refresh: {
      action: executeAction('refresh', r.id, 'Refresh'),
      userIds: (options.refreshUserIds ?? []).slice(0, MAX_REFRESH_USERS),
    },
    body: [
      ...(options.notice ? [{ type: 'TextBlock' as const, text: options.notice, wrap: true, weight: 'Bolder' as const, color: 'Attention' as const }] : []),
      { type: 'TextBlock', text: text.title(view.tier?.name ?? text.unknownTier), size: 'Medium', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: statusLine(view, text, lang), wrap: true, spacing: 'Small' },
      ...decisionComment,
      {
        type: 'FactSet',
        facts: [
          { title: text.requestedBy, value: r.requestedByName },
          { title: text.requestedAt, value: formatDate(r.requestedAt, lang) },
          ...(r.reason ? [{ title: text.reason, value: r.reason }] : []),
          ...(interaction
            ? [{ title: text.interaction, value: [interaction.subject, `${interaction.medium}, ${formatDate(interaction.occurredAt, lang)}`].filter(Boolean).join(' · ') }]
            : []),
        ],
      },
      ...view.changes.map((_, i) => changeBlock(view, i, text, lang)),
      ...(actions.length === 2
        ? [{ type: 'Input.Text' as const, id: 'comment', label: text.comment, placeholder: text.commentPlaceholder, isMultiline: true, maxLength: 1000 }]
        : []),
    ],
    ...(actions.length > 0 ? { actions } : {}),
  };
};

/** A card that only says something: the request is unknown, or the viewer may not see it. */
export const noticeCard = (notice: string): IAdaptiveCard => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: notice, wrap: true }],
});
