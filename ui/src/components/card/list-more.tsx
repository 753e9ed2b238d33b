import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  more: {
    marginTop: tokens.spacingVerticalS,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground3,
  },
});

/** Below a long list of the card: how much of it is shown (said to screen readers) and a button for more. */
export const ListMore = ({
  shown,
  moreLabel,
  hasMore,
  loading,
  onMore,
  testId,
}: {
  shown: string;
  moreLabel: string;
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
  testId?: string;
}) => {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.more}>
      <span aria-live="polite" data-testid={testId}>
        {shown}
      </span>
      {hasMore && (
        <Button size="small" onClick={onMore} disabled={loading}>
          {loading ? t('common:loading') : moreLabel}
        </Button>
      )}
    </div>
  );
};
