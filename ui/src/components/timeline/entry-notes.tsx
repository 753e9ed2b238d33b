import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Notes longer than this are folded to their start, so one long visit report does not bury the timeline. */
const FOLDED_LENGTH = 280;

const useStyles = makeStyles({
  notes: { margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  label: { color: tokens.colorNeutralForeground3 },
  toggle: { minHeight: '24px' },
});

/** What was said: the rep's notes, folded when long, with "show more" to read them whole. */
export const EntryNotes = ({ id, summary }: { id: string; summary: string }) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const long = summary.length > FOLDED_LENGTH;
  const shown = long && !open ? `${summary.slice(0, FOLDED_LENGTH).trimEnd()}…` : summary;
  return (
    <div>
      <p id={id} className={styles.notes} data-testid="timeline-notes">
        <span className={styles.label}>{t('timeline.notes')} </span>
        {shown}
      </p>
      {long && (
        <Button
          className={styles.toggle}
          size="small"
          appearance="transparent"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? t('timeline.showLess') : t('timeline.showMore')}
        </Button>
      )}
    </div>
  );
};
