import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Language } from '@relais/domain';
import { helpCard } from '../cards/help.card';

/** "help", anything not understood, and the welcome on install. */
export const helpHandler = async (lang: Language): Promise<IAdaptiveCard> => helpCard(lang);
