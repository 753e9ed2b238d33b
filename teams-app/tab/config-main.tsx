import { mountTab } from './host/mount-tab';
import { ConfigPage } from './config/config-page';
import { configEn } from './config/config.en';
import { configFr } from './config/config.fr';

void mountTab({ en: configEn, fr: configFr }, (session) => <ConfigPage session={session} />);
