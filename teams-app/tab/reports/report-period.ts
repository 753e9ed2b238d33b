/** The periods the Reports tab offers, as [from, to) calendar days. */
export type PeriodChoice = 'quarter' | 'previousQuarter' | 'last30' | 'year' | 'custom';

const iso = (d: Date) => d.toISOString().slice(0, 10);

export const periodOf = (choice: Exclude<PeriodChoice, 'custom'>, today: Date): { from: string; to: string } => {
  const y = today.getUTCFullYear();
  const q = Math.floor(today.getUTCMonth() / 3);
  const quarter = (year: number, index: number) => ({ from: iso(new Date(Date.UTC(year, index * 3, 1))), to: iso(new Date(Date.UTC(year, index * 3 + 3, 1))) });
  switch (choice) {
    case 'quarter':
      return quarter(y, q);
    case 'previousQuarter':
      return q === 0 ? quarter(y - 1, 3) : quarter(y, q - 1);
    case 'last30':
      return { from: iso(new Date(today.getTime() - 29 * 86_400_000)), to: iso(new Date(today.getTime() + 86_400_000)) };
    case 'year':
      return { from: `${y}-01-01`, to: `${y + 1}-01-01` };
  }
};
