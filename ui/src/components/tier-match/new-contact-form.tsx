import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { TierSummary } from '@relais/domain';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { domainOf, guessNames, guessOrganisationName, isPublicMailDomain } from './guess-contact';

export type NewContactOrganisation =
  | { kind: 'existing'; tier: TierSummary }
  | { kind: 'new'; name: string; domain: string | undefined }
  | { kind: 'none' };

export type NewContactValues = {
  civility: 'Mme' | 'M.';
  firstName: string;
  lastName: string;
  email: string;
  organisation: NewContactOrganisation;
};

export type NewContactFormProps = {
  email: string;
  displayName: string;
  /** Organisations the lookup found by the address' domain. */
  organisations: TierSummary[];
  busy: boolean;
  onSubmit: (values: NewContactValues) => void;
  onCancel: () => void;
  /** Errors and duplicate candidates, shown above the buttons. */
  children?: ReactNode;
};

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const initialOrganisation = (organisations: TierSummary[], domain: string): string => {
  if (organisations.length === 1) return `org:${organisations[0]!.id}`;
  if (organisations.length > 1) return '';
  return isPublicMailDomain(domain) ? 'none' : 'new';
};

/**
 * Creates a contact from an address: names guessed from the display name, civility asked (never
 * guessed), attached to the organisation owning the domain, to a new one, or to none.
 */
export const NewContactForm = ({
  email,
  displayName,
  organisations,
  busy,
  onSubmit,
  onCancel,
  children,
}: NewContactFormProps) => {
  const styles = useStyles();
  const { t } = useTranslation('tier-match');
  const id = useId();
  const domain = domainOf(email);
  const guessed = guessNames(displayName, email);
  const [civility, setCivility] = useState('');
  const [firstName, setFirstName] = useState(guessed.firstName);
  const [lastName, setLastName] = useState(guessed.lastName);
  const [organisation, setOrganisation] = useState(initialOrganisation(organisations, domain));
  const [organisationName, setOrganisationName] = useState(guessOrganisationName(domain));
  const [tried, setTried] = useState(false);

  const missing = {
    civility: civility !== 'Mme' && civility !== 'M.',
    firstName: firstName.trim() === '',
    lastName: lastName.trim() === '',
    organisation: organisation === '',
    organisationName: organisation === 'new' && organisationName.trim() === '',
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (busy || Object.values(missing).some(Boolean)) return;
    const existing = organisations.find((o) => `org:${o.id}` === organisation);
    onSubmit({
      civility: civility as NewContactValues['civility'],
      firstName: firstName.trim(),
      lastName: lastName.trim(),
      email,
      organisation: existing
        ? { kind: 'existing', tier: existing }
        : organisation === 'new'
          ? {
              kind: 'new',
              name: organisationName.trim(),
              domain: isPublicMailDomain(domain) ? undefined : domain,
            }
          : { kind: 'none' },
    });
  };

  const show = (field: keyof typeof missing) => tried && missing[field];
  return (
    <form className={styles.root} onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <Text id={`${id}-title`} weight="semibold">
        {t('newContact.title')} · {email}
      </Text>
      <Field
        label={t('newContact.civility')}
        required
        hint={t('newContact.civilityHint')}
        validationMessage={show('civility') ? t('newContact.civilityRequired') : undefined}
      >
        <RadioGroup layout="horizontal" value={civility} onChange={(_, data) => setCivility(data.value)}>
          <Radio value="Mme" label={t('newContact.mme')} />
          <Radio value="M." label={t('newContact.m')} />
        </RadioGroup>
      </Field>
      <Field
        label={t('newContact.firstName')}
        required
        validationMessage={show('firstName') ? t('newContact.required') : undefined}
      >
        <Input value={firstName} onChange={(_, data) => setFirstName(data.value)} autoComplete="off" />
      </Field>
      <Field
        label={t('newContact.lastName')}
        required
        validationMessage={show('lastName') ? t('newContact.required') : undefined}
      >
        <Input value={lastName} onChange={(_, data) => setLastName(data.value)} autoComplete="off" />
      </Field>
      <Field
        label={t('newContact.organisation')}
        required
        validationMessage={show('organisation') ? t('newContact.required') : undefined}
      >
        <RadioGroup value={organisation} onChange={(_, data) => setOrganisation(data.value)}>
          {organisations.map((o) => (
            <Radio
              key={o.id}
              value={`org:${o.id}`}
              label={t('newContact.existing', { name: o.name, domain })}
            />
          ))}
          <Radio value="new" label={t('newContact.newOrganisation')} />
          <Radio value="none" label={t('newContact.noOrganisation')} />
        </RadioGroup>
      </Field>
      {organisation === 'new' && (
        <Field
          label={t('newContact.organisationName')}
          required
          hint={isPublicMailDomain(domain) ? undefined : t('newContact.attachDomain', { domain })}
          validationMessage={show('organisationName') ? t('newContact.required') : undefined}
        >
          <Input
            value={organisationName}
            onChange={(_, data) => setOrganisationName(data.value)}
            autoComplete="off"
          />
        </Field>
      )}
      {children}
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {busy ? t('newContact.creating') : t('newContact.create')}
        </Button>
        <Button type="button" onClick={onCancel} disabled={busy}>
          {t('common:cancel')}
        </Button>
      </div>
    </form>
  );
};
