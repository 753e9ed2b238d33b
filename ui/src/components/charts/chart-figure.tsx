import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  // Fluent's chart legends capitalise every word ("Rendez-Vous", "Suivis Faits"): they show the text as written.
  figure: { '& .fui-legend__legend': { textTransform: 'none' } },
});

/** One chart as a labelled figure, its legends as the resources write them. */
export const ChartFigure = ({ chart, label, children }: { chart: string; label: string; children: ReactNode }) => (
  <div data-chart={chart} role="figure" aria-label={label} className={useStyles().figure}>
    {children}
  </div>
);
