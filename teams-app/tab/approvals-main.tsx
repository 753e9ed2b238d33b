import { cardEn, cardFr } from '@relais/ui/components/card';
import { approvalsEn } from './approvals/approvals.en';
import { approvalsFr } from './approvals/approvals.fr';
import { ApprovalsPage } from './approvals/approvals-page';
import { mountTab } from './host/mount-tab';

void mountTab({ en: { ...cardEn, ...approvalsEn }, fr: { ...cardFr, ...approvalsFr } }, (session) => (
  <ApprovalsPage session={session} />
));
