import { cardEn, cardFr } from '@relais/ui/components/card';
import { duplicatesEn } from './duplicates/duplicates.en';
import { duplicatesFr } from './duplicates/duplicates.fr';
import { DuplicatesPage } from './duplicates/duplicates-page';
import { mountTab } from './host/mount-tab';

void mountTab({ en: { ...cardEn, ...duplicatesEn }, fr: { ...cardFr, ...duplicatesFr } }, (session) => <DuplicatesPage session={session} />);
