import { suggestionsEn, suggestionsFr } from '@relais/ui/components/suggestions';
import { tasksEn, tasksFr } from '@relais/ui/components/tasks';
import { mountTab } from './host/mount-tab';
import { myActionsEn } from './my-actions/my-actions.en';
import { myActionsFr } from './my-actions/my-actions.fr';
import { MyActionsPage } from './my-actions/my-actions-page';

void mountTab({ en: { ...tasksEn, ...suggestionsEn, ...myActionsEn }, fr: { ...tasksFr, ...suggestionsFr, ...myActionsFr } }, (session) => (
  <MyActionsPage session={session} />
));
