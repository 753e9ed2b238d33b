import type { RelationType } from '../model/relation.schema';

const org = ['organisation'] as const;
const person = ['person'] as const;
const any = ['organisation', 'person'] as const;

/** The catalogue every new Relais starts with; administrators add their own types. */
export const defaultRelationTypes: readonly RelationType[] = [
  {
    id: 'works-for', description: 'A person is employed by an organisation.', nature: 'hierarchical',
    fromKinds: [...person], toKinds: [...org], labelAtoB: 'works for', labelBtoA: 'employs',
    i18n: { fr: { labelAtoB: 'travaille pour', labelBtoA: 'emploie' } },
  },
  {
    id: 'subsidiary-of', description: 'A company is owned by a parent company.', nature: 'hierarchical',
    fromKinds: [...org], toKinds: [...org], labelAtoB: 'is a subsidiary of', labelBtoA: 'is the parent company of',
    i18n: { fr: { labelAtoB: 'est une filiale de', labelBtoA: 'est la société mère de' } },
  },
  {
    id: 'shareholder-of', description: 'A tier holds shares of a company.', nature: 'hierarchical',
    fromKinds: [...any], toKinds: [...org], labelAtoB: 'is a shareholder of', labelBtoA: 'has as shareholder',
    i18n: { fr: { labelAtoB: 'est actionnaire de', labelBtoA: 'a pour actionnaire' } },
  },
  {
    id: 'board-member-of', description: 'A person sits on the board of an organisation.', nature: 'hierarchical',
    fromKinds: [...person], toKinds: [...org], labelAtoB: 'sits on the board of', labelBtoA: 'has on its board',
    i18n: { fr: { labelAtoB: 'siège au conseil de', labelBtoA: 'a dans son conseil' } },
  },
  {
    id: 'assistant-of', description: 'A person assists another person.', nature: 'hierarchical',
    fromKinds: [...person], toKinds: [...person], labelAtoB: 'is the assistant of', labelBtoA: 'is assisted by',
    i18n: { fr: { labelAtoB: "est l'assistant(e) de", labelBtoA: 'est assisté(e) par' } },
  },
  {
    id: 'collaborates-with', description: 'Two tiers work together.', nature: 'reciprocal',
    fromKinds: [...any], toKinds: [...any], labelAtoB: 'collaborates with',
    i18n: { fr: { labelAtoB: 'collabore avec' } },
  },
  {
    id: 'partner-of', description: 'Two organisations are business partners.', nature: 'reciprocal',
    fromKinds: [...org], toKinds: [...org], labelAtoB: 'is a partner of',
    i18n: { fr: { labelAtoB: 'est partenaire de' } },
  },
  {
    id: 'competitor-of', description: 'Two organisations compete.', nature: 'reciprocal',
    fromKinds: [...org], toKinds: [...org], labelAtoB: 'competes with',
    i18n: { fr: { labelAtoB: 'est concurrent de' } },
  },
  {
    id: 'household-member-of', description: 'Two persons share a household.', nature: 'reciprocal',
    fromKinds: [...person], toKinds: [...person], labelAtoB: 'shares a household with',
    i18n: { fr: { labelAtoB: 'partage le foyer de' } },
  },
  {
    id: 'is-client-of', description: 'An organisation buys from another.', nature: 'non-reciprocal',
    fromKinds: [...org], toKinds: [...org], labelAtoB: 'is client of',
    i18n: { fr: { labelAtoB: 'est client de' } },
  },
  {
    id: 'is-supplier-of', description: 'An organisation supplies another.', nature: 'non-reciprocal',
    fromKinds: [...org], toKinds: [...org], labelAtoB: 'is supplier of',
    i18n: { fr: { labelAtoB: 'est fournisseur de' } },
  },
  {
    id: 'prescribes-for', description: 'A tier recommends another to its clients.', nature: 'non-reciprocal',
    fromKinds: [...any], toKinds: [...any], labelAtoB: 'prescribes',
    i18n: { fr: { labelAtoB: 'est prescripteur de' } },
  },
];
