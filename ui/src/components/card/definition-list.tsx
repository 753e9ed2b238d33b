import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(6rem, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  detail: { margin: 0, overflowWrap: 'anywhere' },
});

export type Definition = { term: string; detail: ReactNode; testId?: string };

/** Label / value pairs; rows without a value are left out rather than shown empty. */
export const DefinitionList = ({ items }: { items: Definition[] }) => {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {items.map((item, i) => (
        <div key={`${item.term}-${i}`} style={{ display: 'contents' }}>
          <dt className={styles.term}>{item.term}</dt>
          <dd className={styles.detail} data-testid={item.testId}>
            {item.detail}
          </dd>
        </div>
      ))}
    </dl>
  );
};
