import type { PersonDraft } from '@relais/domain';
import type { z } from 'zod';

/** `organisation`: the key of the organisation they work for, if known. */
export type DemoPerson = { key: string; organisation?: string; since: string; by: string; draft: Omit<z.input<typeof PersonDraft>, 'organisationId'> };

export const demoPeople: DemoPerson[] = [
  { key: 'anne-lemaire', organisation: 'lemaire', since: '2022-03-14', by: 'claire.martin',
    draft: { kind: 'person', civility: 'Mme', firstName: 'Anne', lastName: 'Lemaire', emails: ['anne.lemaire@brasserie-lemaire.fr'], phones: [{ type: 'mobile', number: '06 12 34 56 78' }], jobTitle: 'Présidente', referenceFunction: 'chair' } },
  { key: 'dominique-petit', organisation: 'lemaire', since: '2023-09-01', by: 'claire.martin',
    draft: { kind: 'person', civility: 'M.', firstName: 'Dominique', lastName: 'Petit', emails: ['dominique.petit@brasserie-lemaire.fr'], phones: [{ type: 'direct', number: '03 20 12 34 60' }], jobTitle: 'Responsable achats', referenceFunction: 'buyer' } },
  { key: 'paul-girard', organisation: 'girard', since: '2023-02-01', by: 'claire.martin',
    draft: { kind: 'person', civility: 'M.', firstName: 'Paul', lastName: 'Girard', emails: ['paul.girard@transports-girard.fr'], phones: ['06 98 76 54 32'], jobTitle: 'Gérant', referenceFunction: 'managing-director' } },
  { key: 'valery-girard', organisation: 'girard', since: '2024-01-08', by: 'claire.martin',
    draft: { kind: 'person', civility: 'Mme', firstName: 'Valéry', lastName: 'Girard', emails: ['valery.girard@transports-girard.fr'], jobTitle: 'Chief Financial Officer', referenceFunction: 'cfo' } },
  { key: 'karim-haddad', organisation: 'snlf', since: '2024-09-10', by: 'hugo.bernard',
    draft: { kind: 'person', civility: 'M.', firstName: 'Karim', lastName: 'Haddad', emails: ['k.haddad@snlf.fr'], jobTitle: 'Directeur des achats', referenceFunction: 'purchasing-director' } },
  { key: 'claude-dumas', organisation: 'dumas', since: '2021-11-20', by: 'hugo.bernard',
    draft: { kind: 'person', civility: 'M.', firstName: 'Claude', lastName: 'Dumas', emails: ['claude.dumas@dumas-groupe.fr'], jobTitle: 'Directeur général', referenceFunction: 'ceo' } },
  { key: 'claude-dumas-emballages', organisation: 'dumas-emballages', since: '2023-04-04', by: 'hugo.bernard',
    draft: { kind: 'person', civility: 'Mme', firstName: 'Claude', lastName: 'Dumas', emails: ['c.dumas@dumas-groupe.fr'], jobTitle: 'Directrice commerciale', referenceFunction: 'sales-director' } },
  { key: 'isabelle-roussel', organisation: 'roussel', since: '2020-01-15', by: 'claire.martin',
    draft: { kind: 'person', civility: 'Mme', firstName: 'Isabelle', lastName: 'Roussel', emails: ['isabelle@roussel-conseil.fr'], jobTitle: 'Associée', referenceFunction: 'chair' } },
  { key: 'jerome-vasseur', organisation: 'vasseur', since: '2022-06-01', by: 'hugo.bernard',
    draft: { kind: 'person', civility: 'M.', firstName: 'Jérôme', lastName: 'Vasseur', emails: ['jerome.vasseur@vasseur-industrie.fr'], jobTitle: 'CEO', referenceFunction: 'ceo', ownerTeam: 'sud', confidentiality: 'restricted' } },
  // Saved from a personal address, without an employer: the same man as M. Dominique Petit, on the stewards' review list.
  { key: 'dominique-petit-perso', since: '2026-06-12', by: 'hugo.bernard',
    draft: { kind: 'person', civility: 'M.', firstName: 'Dominique', lastName: 'Petit', emails: ['dominique.petit.59@gmail.com'] } },
];
