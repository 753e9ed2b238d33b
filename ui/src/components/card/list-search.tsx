import { Input, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({ search: { width: '100%', marginBottom: tokens.spacingVerticalS } });

/** The search box above a long list of the card: its label is its placeholder. */
export const ListSearch = ({
  value,
  onChange,
  label,
  testId,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  testId: string;
}) => {
  const styles = useStyles();
  return (
    <Input
      className={styles.search}
      type="search"
      size="small"
      value={value}
      onChange={(_, data) => onChange(data.value)}
      aria-label={label}
      placeholder={label}
      data-testid={testId}
    />
  );
};
