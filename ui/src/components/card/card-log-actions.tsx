import {
  Button,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { CallRegular, MailRegular, PeopleRegular } from '@fluentui/react-icons';
import type { Direction, Medium, TierSummary } from '@relais/domain';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../api/api-client';
import { CardLogForm } from './card-log-form';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  surface: { maxWidth: 'min(40rem, calc(100vw - 2rem))' },
});

/** What each button logs: the medium, and which way it usually goes. */
const ACTIONS: { medium: Medium; direction: Direction; icon: ReactElement }[] = [
  { medium: 'phone', direction: 'outbound', icon: <CallRegular /> },
  { medium: 'face-to-face', direction: 'outbound', icon: <PeopleRegular /> },
  { medium: 'letter', direction: 'inbound', icon: <MailRegular /> },
];

/** "Log a call", "Log a visit", "Log a letter": the interaction form over the card, its tier and people offered. */
export const CardLogActions = ({
  api,
  tier,
  people,
  onLogged,
}: {
  api: ApiClient;
  tier: TierSummary;
  people: readonly TierSummary[];
  onLogged: () => void;
}) => {
  const styles = useStyles();
  const { t } = useTranslation();
  // The action stays set while the dialog closes, so its content does not vanish mid-animation.
  const [action, setAction] = useState<(typeof ACTIONS)[number]>(ACTIONS[0]!);
  const [open, setOpen] = useState(false);
  // A fresh form each time the dialog opens.
  const [round, setRound] = useState(0);
  // Not opened by a DialogTrigger: focus goes back to the button that opened it only when asked.
  const restoreFocus = useRestoreFocusTarget();
  return (
    <div className={styles.bar} role="group" aria-label={t('card.log.actions')}>
      {ACTIONS.map((choice) => (
        <Button
          key={choice.medium}
          {...restoreFocus}
          icon={choice.icon}
          onClick={() => {
            setAction(choice);
            setRound((n) => n + 1);
            setOpen(true);
          }}
        >
          {t(`card.log.open.${choice.medium}`)}
        </Button>
      ))}
      {/* Mounted only while open: a closed Fluent dialog still plants focus guards in the page. */}
      {open && (
        <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)} modalType="modal">
          <DialogSurface className={styles.surface}>
            <DialogBody>
              <DialogTitle>{t(`card.log.title.${action.medium}`)}</DialogTitle>
              <DialogContent>
                <CardLogForm
                  key={round}
                  api={api}
                  tier={tier}
                  people={people}
                  medium={action.medium}
                  direction={action.direction}
                  onCancel={() => setOpen(false)}
                  onLogged={() => {
                    setOpen(false);
                    onLogged();
                  }}
                />
              </DialogContent>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </div>
  );
};
