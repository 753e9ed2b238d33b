import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { tabHref } from '../host/tab-links';

export type Unavailable = 'unbound' | 'not-found' | 'erased-person' | 'erased-organisation';

const texts: Record<Unavailable, { title: string; body: string }> = {
  unbound: { title: 'card.unboundTitle', body: 'card.unboundBody' },
  'not-found': { title: 'card.notFoundTitle', body: 'card.notFoundBody' },
  'erased-person': { title: 'card.erasedPersonTitle', body: 'card.erasedPersonBody' },
  'erased-organisation': { title: 'card.erasedOrganisationTitle', body: 'card.erasedOrganisationBody' },
};

/**
 * The tab points to no tier, or to one that is gone, erased or hidden: say so, and how to rebind
 * it. In Teams only the tab's own settings can rebind it; in a browser the configuration page opens.
 */
export const CardUnavailable = ({ reason, inTeams }: { reason: Unavailable; inTeams: boolean }) => {
  const { t } = useTranslation();
  return (
    <MessageBar
      intent={reason === 'unbound' ? 'info' : 'warning'}
      layout="multiline"
      politeness="assertive"
      data-testid="card-unavailable"
    >
      <MessageBarBody>
        <MessageBarTitle>{t(texts[reason].title)}</MessageBarTitle>
        <p>{t(texts[reason].body)}</p>
        {inTeams ? (
          <p>{t('card.rebindInTeams')}</p>
        ) : (
          <Link href={tabHref('/tab/config')}>{t('card.rebind')}</Link>
        )}
      </MessageBarBody>
    </MessageBar>
  );
};
