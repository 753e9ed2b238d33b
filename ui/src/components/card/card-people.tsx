import { Badge, Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { CardPerson } from '@relais/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../feedback/empty-state';
import { telUrl } from './format-identity';
import { relationPeriod } from './relation-dates';
import { TierLink } from './tier-link';
import { functionLabel, type ReferenceData } from './use-reference-data.hook';

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 15rem), 1fr))',
    gap: tokens.spacingVerticalS,
  },
  person: {
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  name: {
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  reach: {
    display: 'flex',
    flexDirection: 'column',
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  more: {
    marginTop: tokens.spacingVerticalS,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground3,
  },
});

const STEP = 20;

/**
 * People at the organisation: function as on their card, the reference function marketing queries
 * by, and direct ways to reach them. The API sends the first hundred; they are drawn twenty at a time.
 */
export const CardPeople = ({
  people,
  total,
  referenceData,
}: {
  people: readonly CardPerson[];
  total: number;
  referenceData: ReferenceData | null;
}) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState(STEP);
  if (people.length === 0) return <EmptyState>{t('card.peopleNone')}</EmptyState>;
  return (
    <>
      <ul className={styles.list}>
        {people.slice(0, shown).map(({ person, relation }) => {
          const period = relationPeriod(relation, t, i18n.language);
          return (
            <li key={relation.id} className={styles.person} data-testid="person">
              <span className={styles.name}>
                <TierLink tierId={person.id}>{person.name}</TierLink>
                {relation.status === 'ended' && (
                  <Badge size="small" appearance="outline" color="subtle">
                    {t('card.relationStatus.ended')}
                  </Badge>
                )}
              </span>
              <span className={styles.meta}>
                {[
                  person.jobTitle,
                  person.referenceFunction &&
                    functionLabel(referenceData, person.referenceFunction, i18n.language),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {period && <span className={styles.meta}>{period}</span>}
              <span className={styles.reach}>
                {person.phones.map((p) => (
                  <Link key={p.number} href={telUrl(p.number)}>
                    {p.number} ({t(`card.phoneType.${p.type}`)})
                  </Link>
                ))}
                {person.emails.map((e) => (
                  <Link key={e} href={`mailto:${e}`}>
                    {e}
                  </Link>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
      {(shown < people.length || total > people.length) && (
        <div className={styles.more}>
          <span>{t('card.peopleShown', { shown: Math.min(shown, people.length), total })}</span>
          {shown < people.length && (
            <Button size="small" onClick={() => setShown((n) => n + STEP)}>
              {t('card.showMorePeople')}
            </Button>
          )}
        </div>
      )}
    </>
  );
};
