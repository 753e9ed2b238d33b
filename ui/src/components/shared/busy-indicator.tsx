import { Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

const SLOW_AFTER_MS = 2500;

/** A spinner that says so when the wait gets long, so a slow API is visible rather than a frozen pane. */
export const BusyIndicator = ({ label, slowLabel }: { label: string; slowLabel: string }) => {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div role="status" aria-live="polite">
      <Spinner size="tiny" label={label} labelPosition="after" />
      {slow && <Text size={200}>{slowLabel}</Text>}
    </div>
  );
};
