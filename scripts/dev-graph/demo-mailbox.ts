import { fakeMessage, type FakeGraphMail } from './fake-graph-mail';

const CLAIRE: [string, string] = ['Claire Martin', 'claire.martin@relais-demo.fr'];

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

/**
 * Claire Martin's mailbox in the local Graph, so the demo shows suggestions: two e-mails with known
 * clients (they become suggestions), and one of each kind Relais skips: a colleague's, one logged
 * already (the demo's Brasserie Lemaire e-mail), and one from an unknown sender.
 */
export const seedDemoMailbox = async (graph: FakeGraphMail, userId = 'claire.martin'): Promise<void> => {
  const messages = [
    { folder: 'inbox' as const, message: fakeMessage({ id: 'demo-lemaire-tarifs', from: ['Anne Lemaire', 'anne.lemaire@brasserie-lemaire.fr'], to: [CLAIRE], subject: 'Tarifs 2027 : nos questions', at: hoursAgo(3) }) },
    { folder: 'sentitems' as const, message: fakeMessage({ id: 'demo-girard-rdv', from: CLAIRE, to: [['Paul Girard', 'paul.girard@transports-girard.fr']], subject: 'Rendez-vous du 15 : ordre du jour', at: hoursAgo(5) }) },
    { folder: 'inbox' as const, message: fakeMessage({ id: 'demo-interne', from: ['Hugo Bernard', 'hugo.bernard@relais-demo.fr'], to: [CLAIRE], subject: 'Point d’équipe lundi', at: hoursAgo(6) }) },
    {
      folder: 'inbox' as const,
      message: { ...fakeMessage({ from: ['Dominique Petit', 'dominique.petit@brasserie-lemaire.fr'], to: [CLAIRE], subject: 'Livraisons Arras — planning de décembre', at: hoursAgo(8) }), internetMessageId: '<CAF=demo-petit-20261120@brasserie-lemaire.fr>' },
    },
    { folder: 'inbox' as const, message: fakeMessage({ id: 'demo-inconnu', from: ['Service client', 'contact@fournisseur-inconnu.fr'], to: [CLAIRE], subject: 'Votre devis en ligne', at: hoursAgo(10) }) },
  ];
  for (const { folder, message } of messages) await graph.addMessage(userId, folder, message, { notify: false });
};
