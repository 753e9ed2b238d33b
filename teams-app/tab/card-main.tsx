import { cardEn } from '../../ui/src/components/card/card.en';
import { cardFr } from '../../ui/src/components/card/card.fr';
import { prefetchCard } from '../../ui/src/components/card/use-client-card.hook';
import { factsEn } from '../../ui/src/components/facts/facts.en';
import { factsFr } from '../../ui/src/components/facts/facts.fr';
import { tasksEn } from '../../ui/src/components/tasks/tasks.en';
import { tasksFr } from '../../ui/src/components/tasks/tasks.fr';
import { timelineEn } from '../../ui/src/components/timeline/timeline.en';
import { timelineFr } from '../../ui/src/components/timeline/timeline.fr';
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
);
