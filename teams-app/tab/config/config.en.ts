/** Strings of the channel tab's configuration page. Keys mirror config.fr.ts. */
export const configEn = {
  config: {
    title: 'Show a client card in this channel',
    intro:
      'Find the organisation this channel is about. The tab will show its card: identity, people, relations, timeline, open tasks and doubtful facts.',
    current: 'This tab currently shows {{name}}.',
    currentUnknown:
      'This tab currently shows a record that no longer exists or that you cannot see. Choose another organisation.',
    search: 'Find the organisation',
    searchHint: 'A name, a SIREN or SIRET, a phone number, or a contact’s e-mail address.',
    searching: 'Searching…',
    typeMore: 'Type at least two characters.',
    none: 'No organisation matches “{{q}}”.',
    results: 'Organisations found',
    keyEvidence: {
      'same-siren': 'same SIREN {{detail}}',
      'same-siret': 'same SIRET {{detail}}',
      'same-phone': 'same phone {{detail}}',
    },
    chosen: 'The tab will show {{name}}.',
    tabName: 'Tab name',
    contentUrl: 'Address of the tab',
    saveInTeams: 'Select Save to add the tab.',
    standalone: 'You are outside Teams, so nothing is saved: this is what Teams would save.',
    open: 'Open this card',
    saveFailed: 'Choose an organisation first.',
  },
};
