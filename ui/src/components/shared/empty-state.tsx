import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXXL,
    textAlign: 'center',
  },
});

/** What a view shows when there is nothing to work on yet (no item selected, no result). */
export const EmptyState = ({ title, children }: { title: string; children?: ReactNode }) => {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status">
      <Text weight="semibold" size={400}>
        {title}
      </Text>
      {children && <Text>{children}</Text>}
    </div>
  );
};
