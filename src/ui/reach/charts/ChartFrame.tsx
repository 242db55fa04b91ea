/**
 * What every reach chart has around its marks: a figure with a visible title, the SVG named by its
 * `<title>` and summed up by its `<desc>`, the same data as a table for screen readers and
 * anyone who wants the numbers, and a button that downloads the chart as a standalone SVG.
 */
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { datedFileName, downloadText } from '../../download';
import type { ExportCaption } from '../../exportCaption';
import { standaloneChartSvg } from './chartSvg';
import { CHART_FONT, DEFAULT_WIDTH, MAX_WIDTH, MIN_WIDTH, TEXT_COLOR } from './layout';
import './charts.css';

/** A chart's data as a table: column headings, then one row per mark (the first cell heads it). */
export interface ChartTable {
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly string[] }[];
}

interface Props {
  /** Names the downloaded file: `reach-<name>-YYYY-MM-DD.svg`. */
  name: string;
  title: string;
  caption: ExportCaption;
  /** The one line shown instead of the chart when there is nothing to draw; null draws it. */
  empty: string | null;
  /** One or two sentences that sum the chart up (the SVG's `<desc>`). */
  desc: string;
  table: ChartTable;
  /** The marks, axes and legend laid out `width` units wide (one unit a CSS pixel), and their height. */
  draw?: (width: number) => { height: number; marks: ReactNode };
}

/** The width of `ref`'s box in CSS pixels, kept up to date, within the layouts a chart has. */
function useBoxWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const element = ref.current;
    // No layout engine (jsdom): the default width.
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, measured)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** A reach chart's figure: title, SVG, table and download. */
export function ChartFrame({ name, title, caption, empty, desc, table, draw }: Props) {
  const { t } = useTranslation('charts');
  const figureRef = useRef<HTMLElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const id = useId();
  const width = useBoxWidth(figureRef);
  const drawing = empty === null && draw ? draw(width) : null;
  const download = () => {
    if (!svgRef.current) return;
    downloadText(
      datedFileName(`reach-${name}`, 'svg'),
      standaloneChartSvg(svgRef.current, title, caption),
      'image/svg+xml',
    );
  };
  return (
    // Named by its caption outright: not every accessibility tree derives it from <figcaption>.
    <figure ref={figureRef} className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-title">
        {title}
      </figcaption>
      {drawing === null ? (
        <p className="chart-empty">{empty}</p>
      ) : (
        <>
          <svg
            ref={svgRef}
            className="chart-svg"
            role="img"
            aria-labelledby={`${id}-title`}
            aria-describedby={`${id}-desc`}
            viewBox={`0 0 ${width} ${drawing.height}`}
            width="100%"
            fontFamily={CHART_FONT}
            fill={TEXT_COLOR}
          >
            <title id={`${id}-title`}>{title}</title>
            <desc id={`${id}-desc`}>{desc}</desc>
            {drawing.marks}
          </svg>
          <div className="chart-tools">
            <details className="chart-data">
              <summary>{t('table')}</summary>
              <table>
                <caption>{title}</caption>
                <thead>
                  <tr>
                    {table.columns.map((column) => (
                      <th key={column} scope="col">
                        {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row) => (
                    <tr key={row.key}>
                      {row.cells.map((cell, i) =>
                        i === 0 ? (
                          <th key={i} scope="row">
                            {cell}
                          </th>
                        ) : (
                          <td key={i}>{cell}</td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
            <button type="button" aria-label={t('downloadLabel', { title })} onClick={download}>
              {t('download')}
            </button>
          </div>
        </>
      )}
    </figure>
  );
}
