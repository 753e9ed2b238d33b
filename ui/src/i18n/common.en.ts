/** Strings every Relais page uses. Keys mirror common.fr.ts. */
export const commonEn = {
  retry: 'Try again',
  loading: 'Loading…',
  cancel: 'Cancel',
  save: 'Save',
  close: 'Close',
  kind: { organisation: 'Organisation', person: 'Person' },
  lifecycle: { suspect: 'Suspect', prospect: 'Prospect', client: 'Client', former: 'Former client', partner: 'Partner', competitor: 'Competitor' },
  medium: {
    email: 'E-mail', meeting: 'Meeting', phone: 'Phone', 'face-to-face': 'Face to face', sms: 'SMS', letter: 'Letter', fax: 'Fax',
    event: 'Event', 'voice-message': 'Voice message', 'web-form': 'Web form', 'voice-server': 'Voice server',
  },
  direction: { inbound: 'Inbound', outbound: 'Outbound' },
  /** The person objected to prospecting (GDPR): shown beside their name. */
  prospectingObjection: 'Objected to prospecting',
  evidence: {
    'same-email': 'same e-mail {{detail}}',
    'employer-of-person': 'employer of {{detail}}',
    'email-domain': 'e-mail domain {{detail}}',
  },
  errors: {
    network: 'Relais cannot be reached. Check your connection; what you typed is kept.',
    timeout: 'Relais is taking too long to answer. What you typed is kept; try again.',
    unauthorized: 'Your session has expired. Sign in again.',
    forbidden: 'You are not allowed to do this.',
    notFound: 'This record does not exist or is not visible to you.',
    conflict: 'Someone changed this in the meantime. Reload and try again.',
    invalid: 'Some fields need attention:',
    tooMany: 'Too many requests. Wait a moment and try again.',
    server: 'Something went wrong on our side. Try again in a moment.',
  },
  /** Why signing in through Outlook or Teams (nested app authentication) did not give a token. */
  signIn: {
    'consent-required': 'Relais needs an administrator to grant consent for your organisation.',
    'popup-blocked': 'The sign-in window was blocked. Allow pop-ups and try again.',
    failed: 'Sign-in failed. Close and reopen Relais, or contact your administrator.',
  },
};
