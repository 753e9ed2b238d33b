/** Strings of the Reports tab. Keys mirror reports.fr.ts. */
export const reportsEn = {
  reports: {
    title: 'Reports',
    activity: 'Activity',
    segments: 'Segments',
    loading: 'Loading the report…',
    period: 'Period',
    periods: { quarter: 'This quarter', previousQuarter: 'Last quarter', last30: 'Last 30 days', year: 'This year', custom: 'Dates…' },
    from: 'From',
    to: 'To (excluded)',
    groupBy: 'By',
    groups: { rep: 'Rep', team: 'Team', medium: 'Medium', direction: 'Direction', week: 'Week' },
    totals: 'Totals',
    columns: {
      key: 'Group', interactions: 'Interactions', inbound: 'Inbound', outbound: 'Outbound', meetings: 'Meetings', tasksCreated: 'Follow-ups created',
      tasksDone: 'Done', tasksOverdue: 'Overdue', newTiers: 'New tiers', prospectToClient: 'Prospect → client',
    },
    empty: 'No activity in this period.',
  },
};
