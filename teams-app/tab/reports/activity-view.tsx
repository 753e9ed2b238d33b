import { Field, Input, makeStyles, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '@relais/ui/api';
import { ActivityBarChart, type ActivityRow, MediumDonutChart, WeeklyTrendChart } from '@relais/ui/components/charts';
import { EmptyState, ErrorBar, LoadingState } from '@relais/ui/components/feedback';
import { periodOf, type PeriodChoice } from './report-period';
import { useReport } from './use-report.hook';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end', marginBottom: tokens.spacingVerticalM },
  charts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: tokens.spacingHorizontalL, marginBottom: tokens.spacingVerticalL },
  number: { textAlign: 'end' },
  total: { fontWeight: tokens.fontWeightSemibold },
});

const columns = ['interactions', 'inbound', 'outbound', 'meetings', 'tasksCreated', 'tasksDone', 'tasksOverdue', 'newTiers', 'prospectToClient'] as const;
const groups = ['rep', 'team', 'medium', 'direction', 'week'] as const;

/** The width a chart gets: its grid cell's, followed as the tab is resized (the cell may appear later, once there is something to draw). */
const useWidth = (): [(element: HTMLDivElement | null) => void, number] => {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(360);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(280, Math.floor(entry.contentRect.width))));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
};

const ReportTable = ({ rows, totals, label }: { rows: ActivityRow[]; totals: ActivityRow; label: string }) => {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Table size="small" aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('reports.columns.key')}</TableHeaderCell>
          {columns.map((c) => (
            <TableHeaderCell key={c} className={styles.number}>{t(`reports.columns.${c}`)}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell>{row.label}</TableCell>
            {columns.map((c) => (
              <TableCell key={c} className={styles.number}>{row[c]}</TableCell>
            ))}
          </TableRow>
        ))}
        <TableRow className={styles.total}>
          <TableCell>{t('reports.totals')}</TableCell>
          {columns.map((c) => (
            <TableCell key={c} className={styles.number}>{totals[c]}</TableCell>
          ))}
        </TableRow>
      </TableBody>
    </Table>
  );
};

/** Activity over a period: by the chosen group (bars), week by week (lines), by medium (donut), and the figures. */
export const ActivityView = ({ api, today }: { api: ApiClient; today: Date }) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const [choice, setChoice] = useState<PeriodChoice>('quarter');
  const [custom, setCustom] = useState(periodOf('quarter', today));
  const [groupBy, setGroupBy] = useState<(typeof groups)[number]>('rep');
  const { from, to } = choice === 'custom' ? custom : periodOf(choice, today);
  const main = useReport(api, from, to, groupBy);
  const weeks = useReport(api, from, to, 'week');
  const media = useReport(api, from, to, 'medium');
  const [barsRef, barsWidth] = useWidth();
  const [weeksRef, weeksWidth] = useWidth();
  const [mediaRef, mediaWidth] = useWidth();
  return (
    <>
      <div className={styles.filters}>
        <Field label={t('reports.period')}>
          <Select value={choice} onChange={(_, d) => setChoice(d.value as PeriodChoice)}>
            {(['quarter', 'previousQuarter', 'last30', 'year', 'custom'] as const).map((p) => (
              <option key={p} value={p}>{t(`reports.periods.${p}`)}</option>
            ))}
          </Select>
        </Field>
        {choice === 'custom' && (
          <>
            <Field label={t('reports.from')}>
              <Input type="date" value={custom.from} onChange={(_, d) => d.value && setCustom((c) => ({ ...c, from: d.value }))} />
            </Field>
            <Field label={t('reports.to')}>
              <Input type="date" value={custom.to} onChange={(_, d) => d.value && setCustom((c) => ({ ...c, to: d.value }))} />
            </Field>
          </>
        )}
        <Field label={t('reports.groupBy')}>
          <Select value={groupBy} onChange={(_, d) => setGroupBy(d.value as (typeof groups)[number])}>
            {groups.map((g) => (
              <option key={g} value={g}>{t(`reports.groups.${g}`)}</option>
            ))}
          </Select>
        </Field>
      </div>
      {[main, weeks, media].map((r, i) => r.status === 'error' && <ErrorBar key={i} error={r.error} />)}
      {main.status === 'loading' && <LoadingState label={t('reports.loading')} />}
      {/* A period without activity is said in words: the charts have nothing to draw. */}
      {main.status === 'ready' && main.report.rows.length === 0 && <EmptyState>{t('reports.empty')}</EmptyState>}
      {main.status === 'ready' && main.report.rows.length > 0 && (
        <>
          <div className={styles.charts}>
            <div ref={barsRef}>
              <ActivityBarChart rows={main.report.rows} width={barsWidth} />
            </div>
            <div ref={weeksRef}>{weeks.status === 'ready' && weeks.report.rows.length > 0 && <WeeklyTrendChart weeks={weeks.report.rows} width={weeksWidth} />}</div>
            <div ref={mediaRef}>
              {media.status === 'ready' && media.report.rows.some((r) => r.interactions > 0) && <MediumDonutChart media={media.report.rows} width={Math.min(mediaWidth, 420)} />}
            </div>
          </div>
          <ReportTable rows={main.report.rows} totals={main.report.totals} label={t('reports.activity')} />
        </>
      )}
    </>
  );
};
