/** The parts every reach chart draws alike: count grids, tick labels, legends (SVG, styled by attribute). */
import {
  AXIS_COLOR,
  GRID_COLOR,
  SMALL_TEXT,
  SWATCH,
  TEXT_COLOR,
  TEXT_SIZE,
  type PlacedLegendItem,
} from './layout';

/** A labelled position on an axis, in SVG units. */
export interface Tick {
  at: number;
  label: string;
}

/** Horizontal grid lines across the plot at `ticks` (count values), labelled at the left. */
export function HorizontalGrid({
  ticks,
  left,
  right,
}: {
  ticks: readonly Tick[];
  left: number;
  right: number;
}) {
  return (
    <g>
      {ticks.map((tick) => (
        <g key={tick.label}>
          <line x1={left} x2={right} y1={tick.at} y2={tick.at} stroke={GRID_COLOR} />
          <text
            x={left - 6}
            y={tick.at}
            dy="0.32em"
            textAnchor="end"
            fontSize={SMALL_TEXT}
            fill={TEXT_COLOR}
          >
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Vertical grid lines down the plot at `ticks` (count values), labelled below it. */
export function VerticalGrid({
  ticks,
  top,
  bottom,
}: {
  ticks: readonly Tick[];
  top: number;
  bottom: number;
}) {
  return (
    <g>
      {ticks.map((tick) => (
        <g key={tick.label}>
          <line x1={tick.at} x2={tick.at} y1={top} y2={bottom} stroke={GRID_COLOR} />
          <text
            x={tick.at}
            y={bottom + 14}
            textAnchor="middle"
            fontSize={SMALL_TEXT}
            fill={TEXT_COLOR}
          >
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The base line of a plot at `y` from `left` to `right`, with a tick and label at each of `ticks`. */
export function BottomAxis({
  ticks,
  y,
  left,
  right,
}: {
  ticks: readonly Tick[];
  y: number;
  left: number;
  right: number;
}) {
  return (
    <g>
      <line x1={left} x2={right} y1={y} y2={y} stroke={AXIS_COLOR} />
      {ticks.map((tick) => (
        <g key={tick.label}>
          <line x1={tick.at} x2={tick.at} y1={y} y2={y + 4} stroke={AXIS_COLOR} />
          <text x={tick.at} y={y + 16} textAnchor="middle" fontSize={SMALL_TEXT} fill={TEXT_COLOR}>
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** An axis title (or a note) at `x`, `y`: one line of text. */
export function ChartText({
  x,
  y,
  children,
  anchor = 'start',
  size = TEXT_SIZE,
  color = TEXT_COLOR,
}: {
  x: number;
  y: number;
  children: string;
  anchor?: 'start' | 'middle' | 'end';
  size?: number;
  color?: string;
}) {
  return (
    <text x={x} y={y} textAnchor={anchor} fontSize={size} fill={color}>
      {children}
    </text>
  );
}

/** A legend drawn in the chart (so the downloaded file keeps it): swatch and label per item. */
export function ChartLegend({ items, top }: { items: readonly PlacedLegendItem[]; top: number }) {
  return (
    <g>
      {items.map((item) => (
        <g key={item.key}>
          <rect
            x={item.x}
            y={top + item.y + 2}
            width={SWATCH}
            height={SWATCH}
            fill={item.color}
            fillOpacity={item.opacity ?? 1}
          />
          <text
            x={item.x + SWATCH + 5}
            y={top + item.y + 2 + SWATCH / 2}
            dy="0.35em"
            fontSize={TEXT_SIZE}
            fill={TEXT_COLOR}
          >
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}
