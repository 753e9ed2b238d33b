import { Link, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { demoUsers, type DevUser } from '@relais/ui/auth/dev';
import type { OfficeStub } from './office-stub';
import { previewChromeEn } from './preview-chrome.en';
import { previewChromeFr } from './preview-chrome.fr';
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
  // WCAG 2.2 target size: each sample link is a 24 px target, not a line of small text.
  sample: { display: 'inline-block', minHeight: '24px', lineHeight: '24px' },
});

const chromeText = (lang: 'fr' | 'en') => (lang === 'fr' ? previewChromeFr : previewChromeEn);

const NO_ITEM = '';

/**
 * The harness around the pane: plays the rep selecting another item while the pane is pinned
 * (ItemChanged through the stub), or nothing at all.
 */
export const PreviewBar = ({ stub, user, lang }: { stub: OfficeStub; user: DevUser; lang: 'fr' | 'en' }) => {
  const styles = useStyles();
  const text = chromeText(lang);
  return (
    <div className={styles.bar} role="region" aria-label={text.harness}>
      <Text weight="semibold">{text.title}</Text>
      <Text size={200}>
        {user.name} &lt;{user.email}&gt;
      </Text>
      <label>
        <Text size={200}>{text.selectAnother} </Text>
        <Select
          aria-label={text.selectAnotherLabel}
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
          <option value={NO_ITEM}>{text.noItem}</option>
          {sampleItems.map((sample) => (
            <option key={sample.id} value={sample.id}>
              {sample.title[lang]}
            </option>
          ))}
        </Select>
      </label>
      <Link href="?">{text.allSamples}</Link>
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
  const text = chromeText(lang);
  const langParam = new URLSearchParams(window.location.search).get('lang') ?? undefined;
  return (
    <main className={styles.list}>
      <Text as="h1" size={500} weight="semibold">
        {text.pageTitle}
      </Text>
      {problem && (
        <Text role="alert" weight="semibold">
          {problem}
        </Text>
      )}
      <Text>
        {text.pick(user.name)} {text.otherUsers}{' '}
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
        . {text.language} <Link href={`?user=${encodeURIComponent(user.email ?? '')}&lang=fr`}>français</Link>,{' '}
        <Link href={`?user=${encodeURIComponent(user.email ?? '')}&lang=en`}>English</Link>.
      </Text>
      <ul>
        {sampleItems.map((sample) => (
          <li key={sample.id}>
            <Link href={previewHref(sample.item, user, langParam)} data-sample={sample.id} className={styles.sample}>
              {sample.title[lang]}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
};
