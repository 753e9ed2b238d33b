import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

export type ErrorBarProps = {
  message: string;
  /** Offered when the action can be repeated as is; what the user typed stays where it is. */
  onRetry?: () => void;
  retrying?: boolean;
};

/** A failure said in one plain sentence, announced to screen readers, with a retry when it makes sense. */
export const ErrorBar = ({ message, onRetry, retrying }: ErrorBarProps) => {
  const { t } = useTranslation('common');
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button size="small" onClick={onRetry} disabled={retrying}>
            {t('retry')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
};
