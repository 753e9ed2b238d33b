/** The preview harness's own words (the pane inside it has its own resources). */
export const previewChromeEn = {
  harness: 'Preview harness',
  title: 'Outlook preview',
  pageTitle: 'Relais — Outlook preview',
  selectAnother: 'Select another item (pinned pane):',
  selectAnotherLabel: 'Select another item',
  noItem: '(no item selected)',
  allSamples: 'All samples',
  pick: (name: string) => `Pick an item: the real pane opens on it, against this server’s API and demo data, as ${name}.`,
  otherUsers: 'Other users:',
  language: 'Language:',
};
