import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  empty: { color: tokens.colorNeutralForeground3, margin: `${tokens.spacingVerticalS} 0` },
});

/** What an empty list says instead of nothing at all. */
export const EmptyState = ({ children }: { children: ReactNode }) => (
  <p className={useStyles().empty}>{children}</p>
);
