import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Address } from '@relais/domain';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../feedback/format-date';
import { addressLines, mapUrl } from './format-identity';

const useStyles = makeStyles({
  address: { fontStyle: 'normal', marginBottom: tokens.spacingVerticalS },
  kind: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** One address, its kind and usages, since or until when it held, and a map link when it carries coordinates. */
export const AddressView = ({ address }: { address: Address }) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const lines = addressLines(address);
  const day = (date: string) => formatDay(date, i18n.language);
  const period = address.validTo
    ? address.validFrom
      ? t('card.period', { from: day(address.validFrom), to: day(address.validTo) })
      : t('card.until', { date: day(address.validTo) })
    : address.validFrom
      ? t('card.since', { date: day(address.validFrom) })
      : '';
  const usages = (address.usages ?? []).map((u) => t(`card.usages.${u}`)).join(', ');
  return (
    <address className={styles.address} data-testid="address">
      <div className={styles.kind}>
        {t(`card.addressKind.${address.kind}`)}
        {usages && ` · ${usages}`}
        {period && ` · ${period}`}
      </div>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
      {address.coordinates && (
        <Link
          href={mapUrl(address.coordinates)}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('card.mapLabel', { place: lines.join(', ') })}
        >
          {t('card.map')}
        </Link>
      )}
    </address>
  );
};
