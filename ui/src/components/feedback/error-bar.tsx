import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../api/problem-message';

/** An API failure in words, with a retry when one is offered. */
export const ErrorBar = ({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" politeness="assertive" layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {problemMessage(error, t)}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('common:retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
};
