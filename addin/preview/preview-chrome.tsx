import { Link, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { demoUsers, type DevUser } from '@relais/ui/auth/dev';
import type { OfficeStub } from './office-stub';
import { previewHref } from './preview-params';
import { sampleItems } from './sample-items';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    maxWidth: '640px',
  },
});

const NO_ITEM = '';

/**
 * The harness around the pane: plays the rep selecting another item while the pane is pinned
 * (ItemChanged through the stub), or nothing at all.
 */
export const PreviewBar = ({ stub, user, lang }: { stub: OfficeStub; user: DevUser; lang: 'fr' | 'en' }) => {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="region" aria-label="Preview harness">
      <Text weight="semibold">Outlook preview</Text>
      <Text size={200}>
        {user.name} &lt;{user.email}&gt;
      </Text>
      <label>
        <Text size={200}>Select another item (pinned pane): </Text>
        <Select
          aria-label="Select another item"
          defaultValue="-"
          onChange={(_, data) =>
            stub.selectItem(
              data.value === NO_ITEM ? null : (sampleItems.find((s) => s.id === data.value)?.item ?? null),
            )
          }
        >
          <option value="-" disabled>
            —
          </option>
          <option value={NO_ITEM}>(no item selected)</option>
          {sampleItems.map((sample) => (
            <option key={sample.id} value={sample.id}>
              {sample.title[lang]}
            </option>
          ))}
        </Select>
      </label>
      <Link href="?">All samples</Link>
    </div>
  );
};

/** Without `?item=`: the sample e-mails and meetings of the demo data, one link each. */
export const SamplePicker = ({
  user,
  lang,
  problem,
}: {
  user: DevUser;
  lang: 'fr' | 'en';
  problem?: string;
}) => {
  const styles = useStyles();
  const langParam = new URLSearchParams(window.location.search).get('lang') ?? undefined;
  return (
    <main className={styles.list}>
      <Text as="h1" size={500} weight="semibold">
        Relais — Outlook preview
      </Text>
      {problem && (
        <Text role="alert" weight="semibold">
          {problem}
        </Text>
      )}
      <Text>
        Pick an item: the real pane opens on it, against this server&apos;s API and demo data, as {user.name}.
        Other users:{' '}
        {demoUsers.map((u, i) => (
          <span key={u.userId}>
            {i > 0 && ', '}
            <Link
              href={`?user=${encodeURIComponent(u.email ?? u.userId)}${langParam ? `&lang=${langParam}` : ''}`}
            >
              {u.name}
            </Link>
          </span>
        ))}
        . Language: <Link href={`?user=${encodeURIComponent(user.email ?? '')}&lang=fr`}>français</Link>,{' '}
        <Link href={`?user=${encodeURIComponent(user.email ?? '')}&lang=en`}>English</Link>.
      </Text>
      <ul>
        {sampleItems.map((sample) => (
          <li key={sample.id}>
            <Link href={previewHref(sample.item, user, langParam)} data-sample={sample.id}>
              {sample.title[lang]}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
};
