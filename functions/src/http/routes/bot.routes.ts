import { z } from 'zod';
import { DomainError } from '@relais/domain';
import { clientAddress } from '../client-address';
import { readJson } from '../request-body';
import type { Route } from '../route';

/**
 * The one door from the Functions app into the Teams bot (`teams-app/bot`): the rest of `functions`
 * reaches the bot's factory and types through this module.
 */
export { createApprovalsBot, PLAYGROUND_BOT_ID, type ApprovalsBotOptions, type BotStore, type CardKey, type ConversationRef, type SentCard } from '../../../../teams-app/bot';

const BotActivity = z.looseObject({ type: z.string() }).meta({ id: 'BotActivity', description: 'A Bot Framework activity, as the Bot Connector sends it.' });
const BotAnswer = z.record(z.string(), z.unknown()).meta({ id: 'BotAnswer', description: 'An invoke response (an Adaptive Card refresh, for instance).' });

export const botRoutes: Route[] = [
  {
    name: 'bot-messages',
    docs: { summary: 'The Teams bot endpoint: Bot Framework activities, authenticated by the Bot Framework token', description: 'Takes one Bot Framework activity; the Teams SDK checks its Bot Framework token itself (401 without a valid one). In local dev mode with RELAIS_BOT_PLAYGROUND, Microsoft 365 Agents Playground activities are taken without a token, from loopback with a loopback service URL only. 404 `BOT.NOT_CONFIGURED` where no bot is registered.', tag: 'bot', body: BotActivity, responses: { 200: { description: 'The bot’s answer (an invoke response), when it has one.', schema: BotAnswer } }, problems: { 404: ['BOT.NOT_CONFIGURED'], 503: ['STORAGE.UNAVAILABLE'] } },
    method: 'POST',
    path: 'bot/messages',
    // Not a Relais user token: the Teams SDK validates the Bot Framework token of each activity itself.
    access: 'public',
    handler: async (request, { services }) => {
      if (!services.bot) throw new DomainError('BOT.NOT_CONFIGURED', 'not-found', 'No Teams bot is configured here (set RELAIS_BOT_APP_ID).');
      // The peer the local host saw (the last X-Forwarded-For hop): the Playground is heard from loopback only.
      const peer = clientAddress(request.headers.get('x-forwarded-for'), 1);
      const answer = await services.bot.handle({ body: await readJson(request), headers: Object.fromEntries(request.headers.entries()), peer });
      if (answer.body === undefined || answer.body === null) return { status: answer.status };
      return { status: answer.status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(answer.body) };
    },
  },
];
