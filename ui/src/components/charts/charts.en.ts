/** Strings of the report charts. Keys mirror charts.fr.ts. */
export const chartsEn = {
  charts: {
    byGroup: 'Interactions by group',
    byWeek: 'Week by week',
    byMedium: 'By medium',
    inbound: 'Inbound',
    outbound: 'Outbound',
    interactions: 'Interactions',
    meetings: 'Meetings',
    tasksDone: 'Follow-ups done',
    media: {
      email: 'E-mail',
      meeting: 'Meeting',
      phone: 'Phone',
      'face-to-face': 'Face to face',
      sms: 'SMS',
      letter: 'Letter',
      fax: 'Fax',
      event: 'Event',
      'voice-message': 'Voice message',
      'web-form': 'Web form',
      'voice-server': 'Voice server',
    },
  },
};
