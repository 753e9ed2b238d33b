import { mountTab } from './host/mount-tab';
import { rightsEn } from './rights/rights.en';
import { rightsFr } from './rights/rights.fr';
import { RightsPage } from './rights/rights-page';

void mountTab({ en: rightsEn, fr: rightsFr }, (session) => <RightsPage session={session} />);
