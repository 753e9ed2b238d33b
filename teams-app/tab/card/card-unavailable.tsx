import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { tabHref } from '../host/tab-links';

/**
 * The tab points to no tier, or to one that is gone or hidden: say so, and how to rebind it. In
 * Teams only the tab's own settings can rebind it; in a browser the configuration page opens.
 */
export const CardUnavailable = ({
  reason,
  inTeams,
}: {
  reason: 'unbound' | 'not-found';
  inTeams: boolean;
}) => {
  const { t } = useTranslation();
  return (
    <MessageBar
      intent={reason === 'unbound' ? 'info' : 'warning'}
      layout="multiline"
      politeness="assertive"
      data-testid="card-unavailable"
    >
      <MessageBarBody>
        <MessageBarTitle>
          {reason === 'unbound' ? t('card.unboundTitle') : t('card.notFoundTitle')}
        </MessageBarTitle>
        <p>{reason === 'unbound' ? t('card.unboundBody') : t('card.notFoundBody')}</p>
        {inTeams ? (
          <p>{t('card.rebindInTeams')}</p>
        ) : (
          <Link href={tabHref('/tab/config')}>{t('card.rebind')}</Link>
        )}
      </MessageBarBody>
    </MessageBar>
  );
};
