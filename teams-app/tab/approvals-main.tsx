import { cardEn } from '../../ui/src/components/card/card.en';
import { cardFr } from '../../ui/src/components/card/card.fr';
import { approvalsEn } from './approvals/approvals.en';
import { approvalsFr } from './approvals/approvals.fr';
import { ApprovalsPage } from './approvals/approvals-page';
import { mountTab } from './host/mount-tab';

void mountTab({ en: { ...cardEn, ...approvalsEn }, fr: { ...cardFr, ...approvalsFr } }, (session) => (
  <ApprovalsPage session={session} />
));
