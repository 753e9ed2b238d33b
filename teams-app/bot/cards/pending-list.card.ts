import type { IAdaptiveCard, CardElement } from '@microsoft/teams.cards';
import type { ChangeRequestView, Language } from '@relais/domain';
import { executeAction } from './card-actions';
import { cardText, formatDate, pathLabel, type CardText } from './card-text';
import { formatValue } from './format-value';

const MAX_ITEMS = 20;

const summary = (view: ChangeRequestView, lang: Language, text: CardText): string =>
  view.changes.map((c) => `${pathLabel(c.path, lang)} → ${formatValue(c.to, text).replace(/\n/g, ', ')}`).join(' · ');

const item = (view: ChangeRequestView, lang: Language, text: CardText): CardElement => ({
  type: 'Container',
  separator: true,
  items: [
    { type: 'TextBlock', text: view.tier?.name ?? text.unknownTier, weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text: summary(view, lang, text), wrap: true, spacing: 'None' },
    { type: 'TextBlock', text: `${view.request.requestedByName} · ${formatDate(view.request.requestedAt, lang)}`, isSubtle: true, spacing: 'None', wrap: true },
    { type: 'ActionSet', actions: [executeAction('open', view.request.id, text.open)] },
  ],
});

const section = (title: string, views: ChangeRequestView[], lang: Language, text: CardText): CardElement[] => [
  { type: 'TextBlock', text: title, size: 'Medium', weight: 'Bolder', spacing: 'Large' },
  ...(views.length === 0 ? [{ type: 'TextBlock' as const, text: text.nothing, isSubtle: true }] : views.slice(0, MAX_ITEMS).map((v) => item(v, lang, text))),
];

/** The "pending" command's answer: what waits for the user's decision, and their own open requests. */
export const pendingListCard = (toDecide: ChangeRequestView[], mine: ChangeRequestView[], lang: Language): IAdaptiveCard => {
  const text = cardText(lang);
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: text.pendingTitle, size: 'Large', weight: 'Bolder' },
      ...section(text.toDecide(toDecide.length), toDecide, lang, text),
      ...section(text.mine(mine.length), mine, lang, text),
    ],
  };
};
