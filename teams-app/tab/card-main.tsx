import { cardEn, cardFr, prefetchCard } from '@relais/ui/components/card';
import { factsEn, factsFr } from '@relais/ui/components/facts';
import { interactionFormStrings } from '@relais/ui/components/interaction-form';
import { tasksEn, tasksFr } from '@relais/ui/components/tasks';
import { timelineEn, timelineFr } from '@relais/ui/components/timeline';
import { CardPage } from './card/card-page';
import { mountTab } from './host/mount-tab';

void mountTab(
  {
    en: { ...cardEn, ...factsEn, ...tasksEn, ...timelineEn },
    fr: { ...cardFr, ...factsFr, ...tasksFr, ...timelineFr },
  },
  (session) => {
    const tierId = new URLSearchParams(window.location.search).get('tierId')?.trim();
    if (tierId) prefetchCard(session.api, tierId);
    return <CardPage session={session} />;
  },
  [interactionFormStrings],
);
