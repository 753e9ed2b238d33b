import { CounterBadge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  section: {
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  wide: { gridColumn: '1 / -1' },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase400,
  },
});

/** A titled region of the card; screen readers list it among the page's landmarks. */
export const CardSection = ({
  title,
  count,
  wide,
  testId,
  children,
}: {
  title: string;
  count?: number;
  wide?: boolean;
  testId?: string;
  children: ReactNode;
}) => {
  const styles = useStyles();
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className={mergeClasses(styles.section, wide && styles.wide)}
      data-testid={testId}
    >
      <h2 id={id} className={styles.heading}>
        {title}
        {count !== undefined && count > 0 && (
          <CounterBadge
            count={count}
            overflowCount={999}
            size="small"
            appearance="ghost"
            color="informative"
            aria-hidden="true"
          />
        )}
      </h2>
      {children}
    </section>
  );
};
