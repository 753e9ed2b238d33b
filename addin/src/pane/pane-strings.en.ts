/** The Outlook pane's own strings (namespace `page`); keys mirror pane-strings.fr.ts. */
export const paneEn = {
  title: 'Log to CRM',
  noItem: {
    title: 'No item selected',
    body: 'Select an e-mail or a meeting in Outlook to log it in Relais.',
  },
  office: {
    unavailable:
      'Outlook is not available here. Open this pane from Outlook, or try it in the preview at /addin/preview.',
    failed:
      'Outlook could not give the details of this item. Select it again; if it keeps failing, close and reopen the pane.',
    noMailboxAccess:
      'You no longer have access to the shared mailbox this item is in, so it cannot be logged from here. Ask its owner to share it again, or log it from your own mailbox.',
  },
  item: {
    message: 'E-mail',
    appointment: 'Meeting',
    noSubject: '(no subject)',
    roles: {
      from: 'From',
      to: 'To',
      cc: 'Cc',
      organizer: 'Organizer',
      required: 'Attendee',
      optional: 'Optional attendee',
    },
    noSource: 'This meeting is not saved yet: save it first so that logging it twice is impossible.',
    meetingIdFallback:
      'Relais could not ask Microsoft 365 which meeting this is, so it knows it by your calendar only: if a colleague logs it from theirs, it will be a second interaction.',
  },
  loading: {
    item: 'Reading the item…',
    lookup: 'Looking for these people in Relais…',
    slow: 'Relais is slow to answer; still trying…',
  },
  checkFailed:
    'Relais could not tell whether this item was logged already. You can still log it: it will not be logged twice.',
  participants: {
    title: 'Who took part',
    colleagues_one: '{{count}} colleague from your company is left out: {{names}}.',
    colleagues_other: '{{count}} colleagues from your company are left out: {{names}}.',
    invalid_one: '{{count}} entry is not an e-mail address and is left out: {{names}}.',
    invalid_other: '{{count}} entries are not e-mail addresses and are left out: {{names}}.',
    showMore: 'Show {{count}} more',
    createContact: 'Create contact',
    addAsContact: 'Add as a contact',
    noExternal: 'Nobody outside your company is on this item. Search for the tier to log it against.',
  },
  selection: {
    count_one: '{{count}} tier will be linked: {{names}}.',
    count_other: '{{count}} tiers will be linked: {{names}}.',
    none: 'No tier is ticked yet.',
    undecided_one: '{{count}} address has several possible tiers and is not linked until you choose.',
    undecided_other: '{{count}} addresses have several possible tiers and are not linked until you choose.',
  },
  details: 'Details',
  log: {
    button: 'Log to CRM',
    logging: 'Logging…',
    nothingSelected: 'Tick at least one tier to log this against.',
    tooMany: 'An interaction goes to at most 100 tiers: untick {{count}}.',
  },
  logged: {
    justLogged: 'Logged in Relais.',
    alreadyLogged: 'This item is already logged in Relais.',
    notTwice: 'This item was logged already; it was not logged twice.',
    by: 'Logged by {{name}}, {{date}}.',
    against: 'Linked to',
    followUps_one: '{{count}} follow-up',
    followUps_other: '{{count}} follow-ups',
    changeRequests_one: '{{count}} referential change requested',
    changeRequests_other: '{{count}} referential changes requested',
    addTitle: 'Add to this interaction',
    addTiers: 'Tiers from this item not linked yet',
    addButton: 'Add',
    adding: 'Adding…',
    added: 'Added to the interaction.',
    nothingToAdd: 'Tick a tier or add a follow-up first.',
  },
  several: {
    title_one: '{{count}} e-mail selected',
    title_other: '{{count}} e-mails selected',
    tiers: 'Tiers to log every selected e-mail against',
    button_one: 'Log {{count}} e-mail',
    button_other: 'Log {{count}} e-mails',
    created_one: '{{count}} e-mail logged in Relais.',
    created_other: '{{count}} e-mails logged in Relais.',
    existing_one: '{{count}} was logged already and was not logged twice:',
    existing_other: '{{count}} were logged already and were not logged twice:',
    skipped_one: '{{count}} has no message id in Outlook and was left out (open it to log it alone):',
    skipped_other: '{{count}} have no message id in Outlook and were left out (open each to log it alone):',
    failed_one: '{{count}} e-mail could not be logged.',
    failed_other: '{{count}} e-mails could not be logged.',
    noId: 'Outlook gives no message id for some of these e-mails: they will be left out, since logging them again could not be recognised.',
  },
  errors: {
    signIn: 'Sign-in to Relais failed: {{message}}',
    config:
      'The pane could not load its configuration from Relais. Check your connection and reopen the pane.',
  },
};
