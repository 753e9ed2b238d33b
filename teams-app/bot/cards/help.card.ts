import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Language } from '@relais/domain';
import { cardText } from './card-text';

/** What the bot does and the commands it understands. */
export const helpCard = (lang: Language): IAdaptiveCard => {
  const text = cardText(lang);
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: text.helpTitle, size: 'Medium', weight: 'Bolder' },
      ...text.help.map((line) => ({ type: 'TextBlock' as const, text: line, wrap: true })),
    ],
  };
};
