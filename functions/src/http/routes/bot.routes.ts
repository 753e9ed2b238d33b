import { DomainError } from '@relais/domain';
import { readJson } from '../request-body';
import type { Route } from '../route';

/**
 * The one door from the Functions app into the Teams bot (`teams-app/bot`): the rest of `functions`
 * reaches the bot's factory and types through this module.
 */
export { createApprovalsBot, type BotStore, type CardKey, type ConversationRef, type SentCard } from '../../../../teams-app/bot';

export const botRoutes: Route[] = [
  {
    name: 'bot-messages',
    docs: { summary: 'The Teams bot endpoint: Bot Framework activities, authenticated by the Bot Framework token' },
    method: 'POST',
    path: 'bot/messages',
    // Not a Relais user token: the Teams SDK validates the Bot Framework token of each activity itself.
    access: 'public',
    handler: async (request, { services }) => {
      if (!services.bot) throw new DomainError('BOT.NOT_CONFIGURED', 'not-found', 'No Teams bot is configured here (set RELAIS_BOT_APP_ID).');
      const answer = await services.bot.handle({ body: await readJson(request), headers: Object.fromEntries(request.headers.entries()) });
      if (answer.body === undefined || answer.body === null) return { status: answer.status };
      return { status: answer.status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(answer.body) };
    },
  },
];
