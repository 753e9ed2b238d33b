import type { OrganisationDraft } from '@relais/domain';
import type { z } from 'zod';

/** Fictional French companies for the demo; SIREN/SIRET carry valid check digits. */
export type DemoOrganisation = { key: string; createdAt: string; by: string; draft: z.input<typeof OrganisationDraft>; becameClientAt?: string };

export const demoOrganisations: DemoOrganisation[] = [
  {
    key: 'lemaire', createdAt: '2022-03-14T09:00:00+01:00', by: 'claire.martin',
    draft: {
      kind: 'organisation', lifecycle: 'client', siren: '362275869', siret: '36227586906965', headOffice: true,
      names: [{ type: 'legal', value: 'Brasserie Lemaire SAS' }, { type: 'commercial', value: 'Brasserie Lemaire' }, { type: 'sign', value: 'La Lilloise' }],
      addresses: [
        { kind: 'postal', lines: ['12 rue Nationale'], postcode: '59000', city: 'Lille', country: 'FR', usages: ['head-office', 'billing'] },
        { kind: 'geographic', lines: ['Zone de la Haute Borne'], postcode: '59650', city: "Villeneuve-d'Ascq", country: 'FR', coordinates: { lat: 50.6086, lon: 3.1456 }, usages: ['site'] },
      ],
      phones: [{ type: 'switchboard', number: '+33 3 20 12 34 56' }], website: 'https://brasserie-lemaire.fr', emailDomains: ['brasserie-lemaire.fr'],
    },
  },
  {
    key: 'lemaire-arras', createdAt: '2022-05-02T10:00:00+02:00', by: 'claire.martin',
    draft: {
      kind: 'organisation', lifecycle: 'client', siret: '36227586909274', headOffice: false,
      names: [{ type: 'legal', value: 'Brasserie Lemaire SAS' }, { type: 'commercial', value: 'Brasserie Lemaire — Arras' }],
      addresses: [{ kind: 'postal', lines: ['3 place des Héros'], postcode: '62000', city: 'Arras', country: 'FR', usages: ['delivery'] }],
    },
  },
  {
    key: 'girard', createdAt: '2023-02-01T09:30:00+01:00', by: 'claire.martin', becameClientAt: '2025-06-02T10:00:00+02:00',
    draft: {
      kind: 'organisation', lifecycle: 'prospect', siren: '925988156', siret: '92598815600822',
      names: [{ type: 'legal', value: 'Transports Girard & Fils SARL' }, { type: 'commercial', value: 'Transports Girard' }],
      addresses: [{ kind: 'postal', lines: ['ZI des Dunes', 'BP 45'], poBox: 'BP 45', postcode: '59140', city: 'Dunkerque', cedex: 'CEDEX 1', country: 'FR' }],
      phones: ['03 28 45 67 89'], website: 'www.transports-girard.fr', emailDomains: ['transports-girard.fr'],
    },
  },
  {
    key: 'snlf', createdAt: '2024-09-10T14:00:00+02:00', by: 'hugo.bernard',
    draft: {
      kind: 'organisation', lifecycle: 'prospect', siren: '622390037',
      names: [{ type: 'legal', value: 'Société Nationale de Logistique Ferroviaire' }, { type: 'acronym', value: 'SNLF' }],
      addresses: [{ kind: 'postal', lines: ['8 boulevard Vivier-Merle'], postcode: '69003', city: 'Lyon', country: 'FR' }],
      website: 'https://snlf.fr', emailDomains: ['snlf.fr'],
    },
  },
  {
    key: 'dumas', createdAt: '2021-11-20T09:00:00+01:00', by: 'hugo.bernard',
    draft: {
      kind: 'organisation', lifecycle: 'client', siren: '480440569', siret: '48044056904719', headOffice: true,
      names: [{ type: 'legal', value: 'Papeterie Dumas SA' }, { type: 'commercial', value: 'Dumas Papiers' }],
      addresses: [{ kind: 'postal', lines: ['45 avenue de la Libération'], postcode: '87000', city: 'Limoges', country: 'FR' }],
      phones: [{ type: 'switchboard', number: '05 55 32 10 00' }], website: 'https://dumas-groupe.fr', emailDomains: ['dumas-groupe.fr'],
    },
  },
  {
    key: 'dumas-emballages', createdAt: '2023-04-04T09:00:00+02:00', by: 'hugo.bernard',
    draft: {
      kind: 'organisation', lifecycle: 'prospect', siren: '602720815',
      names: [{ type: 'legal', value: 'Dumas Emballages SAS' }],
      addresses: [{ kind: 'postal', lines: ['Route de Toulouse'], postcode: '87100', city: 'Limoges', country: 'FR' }],
      emailDomains: ['dumas-groupe.fr'],
    },
  },
  {
    key: 'roussel', createdAt: '2020-01-15T09:00:00+01:00', by: 'claire.martin',
    draft: {
      kind: 'organisation', lifecycle: 'partner', siren: '963135165',
      names: [{ type: 'legal', value: 'Cabinet Roussel Conseil SARL' }, { type: 'commercial', value: 'Roussel Conseil' }],
      addresses: [{ kind: 'postal', lines: ['2 rue de la Paix'], postcode: '75002', city: 'Paris', country: 'FR' }],
      emailDomains: ['roussel-conseil.fr'],
    },
  },
  {
    key: 'aubert', createdAt: '2025-10-01T09:00:00+02:00', by: 'claire.martin',
    draft: {
      kind: 'organisation', lifecycle: 'suspect', siren: '356452631',
      names: [{ type: 'legal', value: 'Menuiserie Aubert EURL' }],
      addresses: [{ kind: 'postal', postcode: '80000', city: 'Amiens', country: 'FR' }],
      emailDomains: ['menuiserie-aubert.fr'],
    },
  },
  {
    key: 'vasseur', createdAt: '2022-06-01T09:00:00+02:00', by: 'hugo.bernard',
    draft: {
      kind: 'organisation', lifecycle: 'client', siren: '883226946', confidentiality: 'restricted', ownerTeam: 'sud',
      names: [{ type: 'legal', value: 'Groupe Vasseur Industrie SA' }, { type: 'acronym', value: 'GVI' }],
      addresses: [{ kind: 'postal', lines: ['1 quai de la Joliette'], postcode: '13002', city: 'Marseille', country: 'FR' }],
      emailDomains: ['vasseur-industrie.fr'],
    },
  },
];
