/** Overseas cities reached by the end of each year (d3 scales, React SVG), with a table for screen readers. */
import { curveStepAfter, line, max, scaleLinear } from 'd3';
import { useTranslation } from 'react-i18next';
import { REGION_COLORS } from '../../../domain/palette';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../state/language';
import type { ExportCaption } from '../../exportCaption';
import { BottomAxis, ChartText, HorizontalGrid } from './axes';
import { ChartFrame } from './ChartFrame';
import {
  countTicks,
  LINE,
  MUTED_COLOR,
  SMALL_TEXT,
  TEXT_SIZE,
  textWidth,
  wrapText,
  yearTicks,
} from './layout';

interface Props {
  growth: { year: number; cities: number }[];
  /** Overseas cities of the slice: those beyond the line's end have no dated record. */
  reached: number;
  caption: ExportCaption;
  language: Language;
}

/** Height of the plot area, in SVG units. */
const PLOT_HEIGHT = 180;
/** Overseas cities are Southeast Asia's on the map; the line takes their colour. */
const LINE_COLOR = REGION_COLORS['southeast-asia'];

/** Growth of overseas cities reached over the years. */
export function GrowthChart({ growth, reached, caption, language }: Props) {
  const { t } = useTranslation('charts');
  const title = t('growth.title');
  const number = (value: number) => formatNumber(value, language);
  const table = {
    columns: [t('year'), t('growth.table')],
    rows: growth.map((point) => ({
      key: String(point.year),
      cells: [String(point.year), number(point.cities)],
    })),
  };
  if (growth.length === 0 || growth.every((point) => point.cities === 0))
    return (
      <ChartFrame
        name="growth"
        title={title}
        caption={caption}
        empty={t('growth.empty')}
        desc=""
        table={table}
      />
    );

  const start = growth[0]!;
  const end = growth[growth.length - 1]!;
  const ends = {
    first: String(start.year),
    last: String(end.year),
    from: number(start.cities),
    to: number(end.cities),
  };
  // Cities known only from undated records (or proposals) are reached but have no year to be drawn in.
  const undated = Math.max(0, reached - end.cities);
  const undatedNote = undated > 0 ? t('growth.undated', { count: undated }) : null;
  const desc =
    (undatedNote ? `${undatedNote}. ` : '') +
    (start.year === end.year
      ? t('growth.descOne', { count: end.cities, first: ends.first })
      : start.cities === end.cities
        ? t('growth.descSame', ends)
        : t('growth.desc', ends));

  const draw = (width: number) => {
    const y = scaleLinear()
      .domain([0, max(growth, (point) => point.cities) ?? 1])
      .nice();
    const yTicks = countTicks((n) => y.ticks(n));
    const left = Math.max(...yTicks.map((tick) => textWidth(number(tick), SMALL_TEXT))) + 12;
    const right = width - 16;
    const yTitle = wrapText(t('growth.y'), right - left + 8, TEXT_SIZE);
    const plotTop = 10 + yTitle.length * LINE + 10;
    const plotBottom = plotTop + PLOT_HEIGHT;
    y.range([plotBottom, plotTop]);
    // A single year sits in the middle of the axis rather than on its edge.
    const x = scaleLinear()
      .domain(start.year === end.year ? [start.year - 1, end.year + 1] : [start.year, end.year])
      .range([left + 12, right - 12]);
    const xTicks = yearTicks(start.year, end.year, x(start.year + 1) - x(start.year)).map(
      (year) => ({
        at: x(year),
        label: String(year),
      }),
    );
    // Steps after each point: the count holds until the next year's end.
    const path =
      line<{ year: number; cities: number }>()
        .x((point) => x(point.year))
        .y((point) => y(point.cities))
        .curve(curveStepAfter)(growth) ?? '';
    const xTitleY = plotBottom + 36;

    return {
      height: xTitleY + (undatedNote ? 24 : 8),
      marks: (
        <>
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
          <path d={path} fill="none" stroke={LINE_COLOR} strokeWidth={2} />
          {growth.map((point) => (
            <circle
              key={point.year}
              data-year={point.year}
              cx={x(point.year)}
              cy={y(point.cities)}
              r={3.5}
              fill={LINE_COLOR}
              stroke="#ffffff"
              strokeWidth={1}
            >
              <title>
                {t('growth.value', { year: String(point.year), value: number(point.cities) })}
              </title>
            </circle>
          ))}
          <BottomAxis ticks={xTicks} y={plotBottom} left={left} right={right} />
          <ChartText x={(left + right) / 2} y={xTitleY} anchor="middle">
            {t('year')}
          </ChartText>
          {undatedNote && (
            <ChartText x={left - 8} y={xTitleY + 18} size={SMALL_TEXT} color={MUTED_COLOR}>
              {undatedNote}
            </ChartText>
          )}
        </>
      ),
    };
  };

  return (
    <ChartFrame
      name="growth"
      title={title}
      caption={caption}
      empty={null}
      desc={desc}
      table={table}
      draw={draw}
    />
  );
}
