import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

export type StatusNote = { intent: 'success' | 'info' | 'warning' | 'error'; text: string };

/** The outcome of an action, announced politely to screen readers and dismissible. */
export const StatusBar = ({ note, onDismiss }: { note: StatusNote | null; onDismiss?: () => void }) => {
  const { t } = useTranslation();
  if (!note) return null;
  return (
    <MessageBar
      intent={note.intent}
      politeness={note.intent === 'error' ? 'assertive' : 'polite'}
      layout="multiline"
    >
      <MessageBarBody>{note.text}</MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button appearance="transparent" size="small" onClick={onDismiss}>
            {t('common:close')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
};
