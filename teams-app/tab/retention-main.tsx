import { mountTab } from './host/mount-tab';
import { retentionEn } from './retention/retention.en';
import { retentionFr } from './retention/retention.fr';
import { RetentionPage } from './retention/retention-page';

void mountTab({ en: retentionEn, fr: retentionFr }, (session) => <RetentionPage session={session} />);
