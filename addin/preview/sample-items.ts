import type { PreviewItem } from './office-stub';

/** The preview's sample e-mails and meetings, written against the demo data of `npm start`. */
export type SampleItem = { id: string; title: { en: string; fr: string }; item: PreviewItem };

const claire = { emailAddress: 'claire.martin@relais-demo.fr', displayName: 'Claire Martin' };
const marc = { emailAddress: 'marc.dubois@relais-demo.fr', displayName: 'Marc Dubois' };

/** An e-mail to a crowd: the 200-recipient case (known, unknown, colleagues, a non-address). */
const crowd = (): PreviewItem['to'] => {
  const known = [
    { emailAddress: 'anne.lemaire@brasserie-lemaire.fr', displayName: 'Anne Lemaire' },
    { emailAddress: 'paul.girard@transports-girard.fr', displayName: 'Paul Girard' },
    { emailAddress: 'k.haddad@snlf.fr', displayName: 'Karim Haddad' },
    { emailAddress: 'isabelle@roussel-conseil.fr', displayName: 'Isabelle Roussel' },
  ];
  const strangers = Array.from({ length: 193 }, (_, i) => ({
    emailAddress: `contact${i + 1}@client-${String(i + 1).padStart(3, '0')}.fr`,
    displayName: `Contact ${i + 1}`,
  }));
  return [
    ...known,
    ...strangers,
    marc,
    { emailAddress: 'hugo.bernard@relais-demo.fr', displayName: 'Hugo Bernard' },
  ];
};

export const sampleItems: SampleItem[] = [
  {
    id: 'known-sender',
    title: {
      en: 'E-mail from a known client (Anne Lemaire)',
      fr: 'E-mail d’une cliente connue (Anne Lemaire)',
    },
    item: {
      itemType: 'message',
      subject: 'Commande de fûts pour les fêtes',
      internetMessageId: '<CAF=demo-lemaire-futs-20261124@brasserie-lemaire.fr>',
      conversationId: 'AAQkADemoLemaireFuts',
      dateTimeCreated: '2026-11-24T09:12:00+01:00',
      from: { emailAddress: 'anne.lemaire@brasserie-lemaire.fr', displayName: 'Anne Lemaire' },
      to: [claire],
      bodyText:
        'Bonjour Claire,\n\nPouvez-vous nous confirmer la livraison de 40 fûts pour le 15 décembre ?\n\nAnne',
    },
  },
  {
    id: 'with-attachments',
    title: {
      en: 'E-mail with attachments (Anne Lemaire)',
      fr: 'E-mail avec pièces jointes (Anne Lemaire)',
    },
    item: {
      itemType: 'message',
      subject: 'Plan d’accès et maquette de l’étiquette',
      internetMessageId: '<CAF=demo-lemaire-pj-20261125@brasserie-lemaire.fr>',
      conversationId: 'AAQkADemoLemairePj',
      dateTimeCreated: '2026-11-25T10:04:00+01:00',
      from: { emailAddress: 'anne.lemaire@brasserie-lemaire.fr', displayName: 'Anne Lemaire' },
      to: [claire],
      bodyText: 'Bonjour Claire,\n\nCi-joint le plan d’accès au quai et la maquette.\n\nAnne',
      // An odd name, an empty file, a large one, and a signature image the pane must leave out.
      attachments: [
        {
          id: 'AAMkDemoAtt1',
          name: 'plan-accès (v2).pdf',
          size: 482_133,
          contentType: 'application/pdf',
          isInline: false,
        },
        { id: 'AAMkDemoAtt2', name: 'notes-vides.txt', size: 0, contentType: 'text/plain', isInline: false },
        {
          id: 'AAMkDemoAtt3',
          name: 'maquette-étiquette.zip',
          size: 157_286_400,
          contentType: 'application/zip',
          isInline: false,
        },
        {
          id: 'AAMkDemoAtt4',
          name: 'signature-lemaire.png',
          size: 8_192,
          contentType: 'image/png',
          isInline: true,
        },
      ],
    },
  },
  {
    id: 'already-logged',
    title: { en: 'E-mail already logged (Dominique Petit)', fr: 'E-mail déjà enregistré (Dominique Petit)' },
    item: {
      itemType: 'message',
      subject: 'Livraisons Arras — planning de décembre',
      internetMessageId: '<CAF=demo-petit-20261120@brasserie-lemaire.fr>',
      conversationId: 'AAQkADemoPetit',
      dateTimeCreated: '2026-11-20T16:42:00+01:00',
      from: { emailAddress: 'dominique.petit@brasserie-lemaire.fr', displayName: 'Dominique Petit' },
      to: [claire],
      bodyText: 'Bonjour, voici le planning des livraisons pour Arras.',
    },
  },
  {
    id: 'meeting',
    title: {
      en: 'Meeting with two attendees (Transports Girard)',
      fr: 'Réunion avec deux participants (Transports Girard)',
    },
    item: {
      itemType: 'appointment',
      subject: 'Point annuel transport frigorifique',
      iCalUId: '040000008200E00074C5B7101A82E00800000000DEMOGIRARD01',
      organizer: claire,
      requiredAttendees: [
        { emailAddress: 'paul.girard@transports-girard.fr', displayName: 'Paul Girard' },
        { emailAddress: 'valery.girard@transports-girard.fr', displayName: 'Valéry Girard' },
      ],
      optionalAttendees: [marc],
      start: '2026-11-26T14:00:00+01:00',
      end: '2026-11-26T15:30:00+01:00',
      location: 'Dunkerque, ZI des Dunes',
    },
  },
  {
    id: 'ambiguous',
    title: {
      en: 'Ambiguous sender (achats@dumas-groupe.fr)',
      fr: 'Expéditeur ambigu (achats@dumas-groupe.fr)',
    },
    item: {
      itemType: 'message',
      subject: 'Appel d’offres cartons 2027',
      internetMessageId: '<demo-dumas-achats-20261123@dumas-groupe.fr>',
      conversationId: 'AAQkADemoDumas',
      dateTimeCreated: '2026-11-23T11:05:00+01:00',
      from: { emailAddress: 'achats@dumas-groupe.fr', displayName: 'Service achats Dumas' },
      to: [claire],
      cc: [{ emailAddress: 'c.dumas@dumas-groupe.fr', displayName: 'Claude Dumas' }],
      bodyText: 'Madame, veuillez trouver ci-joint notre appel d’offres.',
      attachments: ['AO-cartons-2027.pdf'],
    },
  },
  {
    id: 'unknown-at-known-company',
    title: {
      en: 'New contact at a known company (Menuiserie Aubert)',
      fr: 'Nouveau contact d’une société connue (Menuiserie Aubert)',
    },
    item: {
      itemType: 'message',
      subject: 'Demande de devis',
      internetMessageId: '<demo-aubert-devis-20261122@menuiserie-aubert.fr>',
      conversationId: 'AAQkADemoAubert',
      dateTimeCreated: '2026-11-22T08:47:00+01:00',
      from: { emailAddress: 'nouveau.contact@menuiserie-aubert.fr', displayName: 'Camille ROUX' },
      to: [claire],
      bodyText: 'Bonjour, nous souhaiterions un devis pour des palettes.',
    },
  },
  {
    id: 'unknown-sender',
    title: { en: 'Unknown sender (personal address)', fr: 'Expéditeur inconnu (adresse personnelle)' },
    item: {
      itemType: 'message',
      subject: 'Ouverture d’un restaurant à Douai',
      internetMessageId: '<CAJ-demo-morel-20261121@mail.gmail.com>',
      conversationId: 'AAQkADemoMorel',
      dateTimeCreated: '2026-11-21T19:30:00+01:00',
      from: { emailAddress: 'j.morel@gmail.com', displayName: 'Jérôme Morel' },
      to: [claire],
      bodyText: 'Bonjour, j’ouvre un restaurant et cherche un fournisseur de bière.',
    },
  },
  {
    id: 'crowd',
    title: { en: 'Newsletter to 200 recipients', fr: 'Lettre d’information à 200 destinataires' },
    item: {
      itemType: 'message',
      subject: 'Relais Boissons — nouveautés de décembre',
      internetMessageId: '<demo-newsletter-202612@relais-demo.fr>',
      conversationId: 'AAQkADemoNewsletter',
      dateTimeCreated: '2026-11-25T07:00:00+01:00',
      from: claire,
      to: crowd(),
      cc: [
        {
          emailAddress: '/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=legacy',
          displayName: 'Liste interne',
        },
      ],
      bodyText: 'Découvrez nos nouveautés.',
    },
  },
  {
    id: 'odd',
    title: { en: 'No sender, odd display names', fr: 'Sans expéditeur, noms étranges' },
    item: {
      itemType: 'message',
      subject: '  ',
      internetMessageId: '<demo-odd-20261119@example.invalid>',
      conversationId: 'AAQkADemoOdd',
      from: null,
      to: [
        {
          emailAddress: 'anne.lemaire@brasserie-lemaire.fr',
          displayName: '"Lemaire, Anne" \u200e(Brasserie)',
        },
        { emailAddress: 'zoe.o-brien@menuiserie-aubert.fr', displayName: 'ZOÉ O’BRIEN 🍺' },
      ],
      bodyText: '',
    },
  },
];
