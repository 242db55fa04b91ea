/** Records starting each year, stacked by theme (d3 scales, React SVG), with a table for screen readers. */
import { max, scaleBand, scaleLinear, stack } from 'd3';
import { useTranslation } from 'react-i18next';
import { OTHER_COLOR, type ThemePalette } from '../../../domain/palette';
import {
  NO_THEME,
  OTHER_THEMES,
  type ActivitySeries,
  type ActivityYear,
} from '../../../domain/reach';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../state/language';
import type { ExportCaption } from '../../exportCaption';
import { useWords } from '../../wording';
import { BottomAxis, ChartLegend, ChartText, HorizontalGrid } from './axes';
import { ChartFrame } from './ChartFrame';
import {
  countTicks,
  layoutLegend,
  MUTED_COLOR,
  LINE,
  SMALL_TEXT,
  TEXT_SIZE,
  textWidth,
  wrapText,
  yearTicks,
  type LegendItem,
} from './layout';

interface Props {
  series: ActivitySeries;
  palette: ThemePalette;
  caption: ExportCaption;
  language: Language;
}

/** Height of the plot area, in SVG units. */
const PLOT_HEIGHT = 200;
/** "No theme" is the grey of "other themes", lighter, so two neighbouring stacks stay apart. */
const NO_THEME_OPACITY = 0.5;

/** Activity per year stacked by theme. */
export function ActivityChart({ series, palette, caption, language }: Props) {
  const { t } = useTranslation('charts');
  const words = useWords();
  const title = t('activity.title');
  const number = (value: number) => formatNumber(value, language);
  const themeLabel = (theme: string) =>
    theme === OTHER_THEMES
      ? t('activity.otherThemes')
      : theme === NO_THEME
        ? t('activity.noTheme')
        : words.theme(theme);
  const legendItems: LegendItem[] = series.themes.map((theme) => ({
    key: theme,
    label: themeLabel(theme),
    color: theme === OTHER_THEMES || theme === NO_THEME ? OTHER_COLOR : palette.colorOf(theme),
    opacity: theme === NO_THEME ? NO_THEME_OPACITY : 1,
  }));
  const totals = series.years.map((year) => year.counts.reduce((sum, count) => sum + count, 0));
  const drawn = series.years.filter((_, i) => totals[i]! > 0);
  const table = {
    columns: [t('year'), ...legendItems.map((item) => item.label)],
    rows: series.years.map((year) => ({
      key: String(year.year),
      cells: [String(year.year), ...year.counts.map(number)],
    })),
  };
  if (drawn.length === 0)
    return (
      <ChartFrame
        name="activity"
        title={title}
        caption={caption}
        empty={
          series.earlier > 0
            ? t('activity.emptyEarlier', { count: series.earlier })
            : t('activity.empty')
        }
        desc=""
        table={table}
      />
    );

  const first = series.years[0]!.year;
  const last = series.years[series.years.length - 1]!.year;
  const peakIndex = totals.indexOf(Math.max(...totals));
  const desc = [
    first === last
      ? t('activity.descOne', { first: String(first), peakCount: number(totals[peakIndex]!) })
      : t('activity.desc', {
          first: String(first),
          last: String(last),
          peak: String(series.years[peakIndex]!.year),
          peakCount: number(totals[peakIndex]!),
        }),
    series.undated > 0 ? `${t('activity.undated', { count: series.undated })}.` : '',
    series.earlier > 0 ? `${t('activity.earlier', { count: series.earlier })}.` : '',
  ]
    .filter(Boolean)
    .join(' ');

  const stacked = stack<ActivityYear, number>()
    .keys(series.themes.map((_, i) => i))
    .value((year, i) => year.counts[i] ?? 0)(series.years);

  const draw = (width: number) => {
    // Top to bottom: legend, the y axis's title, the plot, year labels, "Year", the note.
    const y = scaleLinear()
      .domain([0, max(totals) ?? 1])
      .nice();
    const yTicks = countTicks((n) => y.ticks(n));
    const left = Math.max(...yTicks.map((tick) => textWidth(number(tick), SMALL_TEXT))) + 12;
    const right = width - 10;
    const legend = layoutLegend(legendItems, left, right);
    // The y axis's title reads across, above the axis; it wraps where the chart is narrow.
    const yTitle = wrapText(t('activity.y'), right - left + 8, TEXT_SIZE);
    const plotTop = legend.height + 10 + yTitle.length * LINE + 10;
    const plotBottom = plotTop + PLOT_HEIGHT;
    y.range([plotBottom, plotTop]);
    const x = scaleBand<number>()
      .domain(series.years.map((year) => year.year))
      .range([left, right])
      .paddingInner(0.2)
      .paddingOuter(0.1);
    const xTicks = yearTicks(first, last, x.step()).map((year) => ({
      at: x(year)! + x.bandwidth() / 2,
      label: String(year),
    }));
    const xTitleY = plotBottom + 36;
    const notes = [
      ...(series.undated > 0 ? [t('activity.undated', { count: series.undated })] : []),
      ...(series.earlier > 0 ? [t('activity.earlier', { count: series.earlier })] : []),
    ];
    const height = xTitleY + 8 + notes.length * 16;

    return {
      height,
      marks: (
        <>
          <ChartLegend items={legend.items} top={4} />
          {yTitle.map((line, i) => (
            <ChartText key={i} x={left - 8} y={plotTop - 10 - (yTitle.length - 1 - i) * LINE}>
              {line}
            </ChartText>
          ))}
          <HorizontalGrid
            ticks={yTicks.map((tick) => ({ at: y(tick), label: number(tick) }))}
            left={left}
            right={right}
          />
          {series.years.map((year, column) =>
            totals[column] === 0 ? null : (
              <g key={year.year} data-year={year.year}>
                {stacked.map((layer, i) => {
                  const [y0, y1] = layer[column]!;
                  if (y1 <= y0) return null;
                  const item = legendItems[i]!;
                  return (
                    <rect
                      key={item.key}
                      x={x(year.year)}
                      y={y(y1)}
                      width={x.bandwidth()}
                      height={y(y0) - y(y1)}
                      fill={item.color}
                      fillOpacity={item.opacity}
                      // A white rule between stacks keeps two greys (or any neighbours) apart.
                      stroke="#ffffff"
                      strokeWidth={0.5}
                    >
                      <title>
                        {t('activity.value', {
                          year: String(year.year),
                          theme: item.label,
                          value: number(y1 - y0),
                        })}
                      </title>
                    </rect>
                  );
                })}
              </g>
            ),
          )}
          <BottomAxis ticks={xTicks} y={plotBottom} left={left} right={right} />
          <ChartText x={(left + right) / 2} y={xTitleY} anchor="middle">
            {t('year')}
          </ChartText>
          {notes.map((note, i) => (
            <ChartText
              key={note}
              x={left - 8}
              y={xTitleY + 18 + i * 16}
              size={SMALL_TEXT}
              color={MUTED_COLOR}
            >
              {note}
            </ChartText>
          ))}
        </>
      ),
    };
  };

  return (
    <ChartFrame
      name="activity"
      title={title}
      caption={caption}
      empty={null}
      desc={desc}
      table={table}
      draw={draw}
    />
  );
}
