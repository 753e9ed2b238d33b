import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeRequest, Tier } from '@relais/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../api/api-client';
import { RequestListChangeForm } from '../facts/request-list-change-form';
import { AddressView } from './address-view';
import { DefinitionList, type Definition } from './definition-list';
import { formatSiren, formatSiret, telUrl, websiteUrl } from './format-identity';
import { functionLabel, type ReferenceData } from './use-reference-data.hook';

const NAME_TYPES = ['legal', 'commercial', 'sign', 'acronym'] as const;

const useStyles = makeStyles({ request: { marginTop: tokens.spacingVerticalS } });

/** Who the tier is: names, registry numbers, addresses (and former ones), how to reach it, where it stands. */
export const CardIdentity = ({
  api,
  tier,
  referenceData,
  onChangeRequested,
}: {
  api: ApiClient;
  tier: Tier;
  referenceData: ReferenceData | null;
  /** Offers to request an element-wise change of the tier's lists (where the card may). */
  onChangeRequested?: (request: ChangeRequest) => void;
}) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [requesting, setRequesting] = useState(false);
  const items: Definition[] = [];
  const phones = (tier.phones ?? []).map((p) => (
    <div key={p.number}>
      <Link href={telUrl(p.number)}>{p.number}</Link> <span>({t(`card.phoneType.${p.type}`)})</span>
    </div>
  ));
  if (tier.kind === 'organisation') {
    for (const type of NAME_TYPES)
      for (const name of tier.names.filter((n) => n.type === type))
        items.push({ term: t(`card.names.${type}`), detail: name.value, testId: `name-${type}` });
    if (tier.siren) items.push({ term: t('card.siren'), detail: formatSiren(tier.siren), testId: 'siren' });
    if (tier.siret)
      items.push({
        term: t('card.siret'),
        detail: `${formatSiret(tier.siret)}${tier.headOffice === undefined ? '' : ` — ${tier.headOffice ? t('card.headOffice') : t('card.secondary')}`}`,
        testId: 'siret',
      });
  } else {
    if (tier.jobTitle) items.push({ term: t('card.jobTitle'), detail: tier.jobTitle });
    if (tier.referenceFunction)
      items.push({
        term: t('card.referenceFunction'),
        detail: functionLabel(referenceData, tier.referenceFunction, i18n.language),
      });
    if (tier.emails?.length)
      items.push({
        term: t('card.emails'),
        detail: tier.emails.map((e) => (
          <div key={e}>
            <Link href={`mailto:${e}`}>{e}</Link>
          </div>
        )),
      });
    if (tier.assistant) items.push({ term: t('card.assistant'), detail: tier.assistant });
  }
  if (tier.lifecycle)
    items.push({
      term: t('card.lifecycle'),
      detail: t(`common:lifecycle.${tier.lifecycle}`),
      testId: 'lifecycle',
    });
  if (phones.length) items.push({ term: t('card.phones'), detail: phones, testId: 'phones' });
  if (tier.kind === 'organisation' && tier.website)
    items.push({
      term: t('card.website'),
      detail: (
        <Link href={websiteUrl(tier.website)} target="_blank" rel="noopener noreferrer">
          {tier.website}
        </Link>
      ),
      testId: 'website',
    });
  if (tier.kind === 'organisation' && tier.emailDomains?.length)
    items.push({ term: t('card.emailDomains'), detail: tier.emailDomains.join(', ') });
  if (tier.kind === 'organisation' && tier.addresses?.length)
    items.push({
      term: t('card.addresses'),
      detail: tier.addresses.map((a, i) => <AddressView key={a.id ?? i} address={a} />),
      testId: 'addresses',
    });
  if (tier.kind === 'organisation' && tier.formerAddresses?.length)
    items.push({
      term: t('card.formerAddresses'),
      // Newest first: the address the tier left last is the one a reader looks for.
      detail: [...tier.formerAddresses].reverse().map((a, i) => <AddressView key={a.id ?? i} address={a} />),
      testId: 'former-addresses',
    });
  return (
    <>
      <DefinitionList items={items} />
      {onChangeRequested && (
        <div className={styles.request}>
          {requesting ? (
            <RequestListChangeForm
              api={api}
              tier={tier}
              onCancel={() => setRequesting(false)}
              onRequested={(request) => {
                setRequesting(false);
                onChangeRequested(request);
              }}
            />
          ) : (
            <Button size="small" onClick={() => setRequesting(true)}>
              {t('facts.list.open')}
            </Button>
          )}
        </div>
      )}
    </>
  );
};
