/**
 * The bench's table: medians per dataset size, the app beside each baseline with the ratio
 * app ÷ baseline. Pure: figures in, markdown out.
 */
import { medianFigure, type Figure } from './stats';
import { METRICS, type Figures, type Metric } from './steps';

/** Rows of the table, in order: what each figure is, in words a reader of the README follows. */
export const ROWS: readonly { metric: Metric; label: string; digits?: number }[] = [
  { metric: 'status', label: 'status line after load (ms)' },
  { metric: 'idle', label: 'map idle after load (ms)' },
  { metric: 'longTasks', label: 'long tasks while loading' },
  { metric: 'longest', label: 'longest task while loading (ms)' },
  { metric: 'blocked', label: 'long tasks while loading, total (ms)' },
  { metric: 'loadJs', label: 'load: JavaScript (ms, CPU profile)' },
  { metric: 'loadBrowser', label: 'load: browser work (ms: native, GC, drawing)' },
  { metric: 'heap', label: 'JS heap after load (MiB)', digits: 1 },
  { metric: 'vertices', label: 'vertices to GL per frame, fitted view' },
  { metric: 'verticesZoomed', label: 'vertices to GL per frame, 2 levels in' },
  { metric: 'tickStatus', label: 'theme tick → status line (ms)' },
  { metric: 'tickPaint', label: 'theme tick → first frame after map idle (ms)' },
  { metric: 'tickLongest', label: 'theme tick: longest task (ms)' },
  { metric: 'tickJs', label: 'theme tick: JavaScript (ms)' },
  { metric: 'tickBrowser', label: 'theme tick: browser work (ms)' },
  { metric: 'panMedian', label: 'map pan: time per step, median (ms)' },
  { metric: 'panP95', label: 'map pan: time per step, p95 (ms)' },
  { metric: 'panJs', label: 'map pan: JavaScript (ms)' },
  { metric: 'panBrowser', label: 'map pan: browser work (ms)' },
  { metric: 'graphReady', label: 'graph ready (ms; sigma.js: first render)' },
  { metric: 'graphLongest', label: 'graph: longest task until ready (ms)' },
  { metric: 'graphVertices', label: 'graph: vertices to GL per frame' },
  { metric: 'graphPanMedian', label: 'graph pan: time per step, median (ms)' },
  { metric: 'graphPanP95', label: 'graph pan: time per step, p95 (ms)' },
];

/** The median of each figure over runs (see `medianFigure`). */
export function medianFigures(runs: readonly Figures[]): Figures {
  const median: Figures = {};
  for (const metric of METRICS) {
    const figure = medianFigure(runs.map((run) => run[metric] ?? null));
    if (figure !== null) median[metric] = figure;
  }
  return median;
}

/** A figure as the table shows it. */
export function formatFigure(figure: Figure | undefined, digits = 0): string {
  if (figure === undefined || figure === null) return '—';
  if (figure === 'timeout') return 'timeout';
  return figure.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** app ÷ baseline as `×1.23`, or '' when either is not a positive number. */
export function ratio(app: Figure | undefined, baseline: Figure | undefined): string {
  if (typeof app !== 'number' || typeof baseline !== 'number' || baseline <= 0) return '';
  return ` (×${(app / baseline).toFixed(2)})`;
}

/** One size's table: a row per figure someone measured, the app then each baseline with its ratio. */
export function sizeTable(
  app: Figures,
  baselines: readonly { name: string; figures: Figures }[],
): string {
  const head = ['measure (median)', 'app', ...baselines.map((b) => `${b.name} (app ×)`)];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const { metric, label, digits } of ROWS) {
    const cells = baselines.map(
      ({ figures }) =>
        `${formatFigure(figures[metric], digits)}${ratio(app[metric], figures[metric])}`,
    );
    if (app[metric] === undefined && cells.every((cell) => cell === '—')) continue;
    lines.push(`| ${label} | ${formatFigure(app[metric], digits)} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
