import { cardAttachment, PUBLIC, withOverrides, type AdaptiveCardActionResponse, type IAdaptiveCardActionInvokeActivity } from '@microsoft/teams.api';
import { App, type IActivityContext, type IHttpServerRequest, type IHttpServerResponse } from '@microsoft/teams.apps';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { ConsoleLogger, type LogLevel } from '@microsoft/teams.common';
import type { ApprovalNotifier, Deps } from '@relais/domain';
import { createApprovalNotifier } from './approval-notifier';
import { callerOf, type RolesOf } from './bot-caller';
import type { BotContext } from './bot-context';
import type { BotStore } from './bot-store.port';
import { Verbs, type Verb } from './cards/card-actions';
import { languageOf } from './cards/card-text';
import { FunctionsAdapter } from './functions-adapter';
import { approveHandler } from './handlers/approve.handler';
import type { CardTurn } from './handlers/card-turn';
import { helpHandler } from './handlers/help.handler';
import { pendingHandler } from './handlers/pending.handler';
import { openHandler, refreshHandler } from './handlers/refresh.handler';
import { rejectHandler } from './handlers/reject.handler';
import { rerequestHandler } from './handlers/rerequest.handler';
import { withdrawHandler } from './handlers/withdraw.handler';
import { createProactiveSender } from './proactive-sender';
import { playgroundActivity, type PlaygroundRequest, type PlaygroundSettings } from './playground';
import { rememberConversation } from './remember-conversation';

/** The bot's endpoint under the Functions app (`POST /api/bot/messages`). */
export const MESSAGING_PATH = '/api/bot/messages';

export type BotFrameworkSettings = {
  /** Bot Framework's OpenID metadata; its signing keys are read next to it (`…/keys`). */
  openIdMetadataUrl: string;
  /** The issuer of the tokens the Bot Connector signs (`https://api.botframework.com`). */
  tokenIssuer: string;
  /** The scope of the bot's own token for the Bot Connector (`https://api.botframework.com/.default`). */
  botScope: string;
  /** The Bot Connector for chats the bot opens itself (`https://smba.trafficmanager.net/teams`). */
  serviceUrl: string;
};

export type ApprovalsBotOptions = {
  deps: Deps;
  store: BotStore;
  /** The bot's Microsoft App ID (its Entra app registration). */
  appId: string;
  /** The bot's tenant (single-tenant bots). */
  tenantId?: string;
  /** App-only tokens for the bot (client credentials). */
  token: (scope: string, tenantId?: string) => Promise<string>;
  botFramework: BotFrameworkSettings;
  rolesOf: RolesOf;
  log: (message: string, error?: unknown) => void;
  /** How much the Teams SDK logs; `silent` for tests that forge requests on purpose. */
  logLevel?: LogLevel | 'silent';
  /** Local dev mode only: hear Microsoft 365 Agents Playground (no Bot Framework token, loopback only). */
  playground?: PlaygroundSettings;
};

/** One request to the bot endpoint; `peer` is the address of the machine that sent it. */
export type BotRequest = IHttpServerRequest & Pick<PlaygroundRequest, 'peer'>;

export type ApprovalsBot = {
  /** One Bot Framework request (an activity): validated, processed, answered (invoke responses carry the card). */
  handle: (request: BotRequest) => Promise<IHttpServerResponse>;
  notifier: ApprovalNotifier;
};

const verbHandlers: Record<Verb, (bot: BotContext, turn: CardTurn) => Promise<IAdaptiveCard>> = {
  approve: approveHandler,
  reject: rejectHandler,
  withdraw: withdrawHandler,
  rerequest: rerequestHandler,
  open: openHandler,
  refresh: refreshHandler,
};

const commands: { pattern: RegExp; run: 'pending' | 'help' }[] = [
  { pattern: /^\s*(pending|en attente|attente|approvals|approbations)\b/i, run: 'pending' },
  { pattern: /^\s*(help|aide|\?)/i, run: 'help' },
];

const cardMessage = (card: IAdaptiveCard) => ({ type: 'message' as const, attachments: [cardAttachment('adaptive', card)] });

const cardResponse = (card: IAdaptiveCard): AdaptiveCardActionResponse => ({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card });

const badRequest = (message: string): AdaptiveCardActionResponse => ({
  statusCode: 400,
  type: 'application/vnd.microsoft.error',
  value: { code: 'BadRequest', message, innerHttpError: { statusCode: 400, body: { message } } },
});

const isVerb = (verb: unknown): verb is Verb => typeof verb === 'string' && (Verbs as readonly string[]).includes(verb);

/**
 * The approvals bot: a Teams SDK v2 app driven by the Functions route instead of its own server. The
 * SDK validates the Bot Framework token of every activity (issuer, audience = the app id, signing keys,
 * service URL claim) before any handler runs; replies go to the activity's own service URL.
 */
export const createApprovalsBot = async (options: ApprovalsBotOptions): Promise<ApprovalsBot> => {
  const adapter = new FunctionsAdapter();
  const app = new App({
    clientId: options.appId,
    ...(options.tenantId ? { tenantId: options.tenantId } : {}),
    token: (scope, tenantId) => options.token(Array.isArray(scope) ? scope.join(' ') : scope, tenantId),
    cloud: withOverrides(PUBLIC, {
      openIdMetadataUrl: options.botFramework.openIdMetadataUrl,
      tokenIssuer: options.botFramework.tokenIssuer,
      botScope: options.botFramework.botScope,
    }),
    serviceUrl: options.botFramework.serviceUrl,
    httpServerAdapter: adapter,
    messagingEndpoint: MESSAGING_PATH,
    // The Playground sends no token; `handle` lets its activities in from loopback only.
    dangerouslyAllowUnauthenticatedRequests: options.playground !== undefined,
    logger:
      options.logLevel === 'silent'
        ? new ConsoleLogger('relais-bot', { level: 'error', pattern: '-*' })
        : new ConsoleLogger('relais-bot', { level: options.logLevel ?? 'warn' }),
    activity: { mentions: { stripText: true } },
  });
  const bot: BotContext = {
    deps: options.deps,
    store: options.store,
    sender: createProactiveSender({ appId: options.appId, token: options.token, ...options.botFramework, ...(options.tenantId ? { tenantId: options.tenantId } : {}) }),
    rolesOf: options.rolesOf,
    log: options.log,
  };

  app.use(async (ctx) => {
    await rememberConversation(bot.store, ctx.activity, options.deps.clock.now()).catch((error: unknown) => bot.log('could not remember a conversation', error));
    return ctx.next();
  });

  app.on('card.action', async (ctx: IActivityContext<IAdaptiveCardActionInvokeActivity>) => {
    const action = ctx.activity.value?.action;
    const data: Record<string, unknown> = action?.data ?? {};
    const verb = action?.verb ?? data.action;
    if (!isVerb(verb)) return badRequest(`Unknown action ${String(verb)}.`);
    if (typeof data.changeRequestId !== 'string' || !data.changeRequestId) return badRequest('The action names no change request.');
    const turn: CardTurn = {
      caller: callerOf(ctx.activity.from, bot.rolesOf),
      changeRequestId: data.changeRequestId,
      data,
      lang: languageOf(ctx.activity.locale),
    };
    return cardResponse(await verbHandlers[verb](bot, turn));
  });

  app.on('message', async (ctx) => {
    const lang = languageOf(ctx.activity.locale);
    const caller = callerOf(ctx.activity.from, bot.rolesOf);
    const command = commands.find((c) => c.pattern.test(ctx.activity.text ?? ''))?.run ?? 'help';
    const card = command === 'pending' && caller ? await pendingHandler(bot, caller, lang) : await helpHandler(lang);
    await ctx.send(cardMessage(card));
  });

  app.on('install.add', async (ctx) => {
    await ctx.send(cardMessage(await helpHandler(languageOf(ctx.activity.locale))));
  });

  await app.initialize();
  const { playground } = options;
  return {
    handle: async (request) => {
      if (!playground) return adapter.handle('POST', MESSAGING_PATH, request);
      const activity = playgroundActivity(request, playground);
      if (!activity) return { status: 401, body: { error: 'Without a Bot Framework token, only the Agents Playground on this machine is heard.' } };
      return adapter.handle('POST', MESSAGING_PATH, { headers: request.headers, body: activity });
    },
    notifier: createApprovalNotifier(bot),
  };
};
