import type { AddressMatch } from '@relais/ui/components/tier-match';
import type { MessageSnapshot } from '../office';
import { byEmail, colleagueUsers, colleaguesOn, itemParties, matchFor, orderForReview } from './item-parties';

const party = (emailAddress: string, displayName = emailAddress) => ({ emailAddress, displayName });
const message: MessageSnapshot = {
  itemType: 'message',
  subject: 's',
  internetMessageId: '<1@x.fr>',
  conversationId: 'c',
  from: party('Anne.Lemaire@brasserie-lemaire.fr', 'Anne Lemaire'),
  to: [party('claire.martin@relais-demo.fr'), party('new@aubert.fr'), party('achats@dumas-groupe.fr')],
  cc: [
    party('anne.lemaire@brasserie-lemaire.fr', 'Anne again'),
    party('/o=Exchange/cn=legacy', 'Liste interne'),
    party('marc@relais-demo.fr'),
  ],
  dateTimeCreated: '',
  bodyExcerpt: '',
  attachments: [],
};
const result = (email: string, status: AddressMatch['status']): AddressMatch => ({
  email,
  status,
  persons: [],
  organisations: [],
});

describe('the parties of an item', () => {
  const parties = itemParties(message);
  const results = byEmail([
    result('anne.lemaire@brasserie-lemaire.fr', 'matched'),
    result('claire.martin@relais-demo.fr', 'internal'),
    result('marc@relais-demo.fr', 'internal'),
    result('new@aubert.fr', 'unknown'),
    result('achats@dumas-groupe.fr', 'ambiguous'),
  ]);

  it('lists everyone once, sender first, with the role they first appear in', () => {
    expect(parties.map((p) => `${p.role}:${p.key}`)).toEqual([
      'from:anne.lemaire@brasserie-lemaire.fr',
      'to:claire.martin@relais-demo.fr',
      'to:new@aubert.fr',
      'to:achats@dumas-groupe.fr',
      'cc:/o=exchange/cn=legacy',
      'cc:marc@relais-demo.fr',
    ]);
  });

  it('marks what is not an e-mail address as invalid without asking the API', () => {
    expect(matchFor(parties[4]!, results).status).toBe('invalid');
  });

  it('orders for review: sender, then what needs a decision, then the rest; colleagues apart', () => {
    expect(orderForReview(parties, results).map((p) => p.key)).toEqual([
      'anne.lemaire@brasserie-lemaire.fr',
      'achats@dumas-groupe.fr',
      'new@aubert.fr',
    ]);
    expect(colleaguesOn(parties, results, 'Claire.Martin@relais-demo.fr').map((p) => p.key)).toEqual([
      'marc@relais-demo.fr',
    ]);
  });
});

describe('colleagues a follow-up can be assigned to', () => {
  it('are the Relais users behind internal addresses, once each, the rep excepted', () => {
    const hugo = { id: 'hugo.bernard', name: 'Hugo Bernard' };
    const matches: AddressMatch[] = [
      { ...result('hugo.bernard@relais-demo.fr', 'internal'), user: hugo },
      { ...result('Hugo.Bernard@relais-demo.fr', 'internal'), user: hugo },
      { ...result('claire.martin@relais-demo.fr', 'internal'), user: { id: 'claire.martin', name: 'Claire Martin' } },
      result('marc.dubois@relais-demo.fr', 'internal'),
      { ...result('anne@brasserie-lemaire.fr', 'matched'), user: { id: 'x', name: 'not a colleague' } },
    ];
    expect(colleagueUsers(matches, 'Claire.Martin@relais-demo.fr')).toEqual([hugo]);
  });
});
