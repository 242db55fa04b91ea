/** Cities per country in the slice (d3 scales, React SVG), with a table for screen readers. */
import { max, scaleBand, scaleLinear } from 'd3';
import { useTranslation } from 'react-i18next';
import { REGIONS, regionOf } from '../../../domain/countries';
import { REGION_COLORS } from '../../../domain/palette';
import type { CountryReach } from '../../../domain/reach';
import { formatNumber } from '../../../i18n/format';
import { countryName } from '../../../i18n/names';
import type { Language } from '../../../state/language';
import type { ExportCaption } from '../../exportCaption';
import { ChartLegend, ChartText, VerticalGrid } from './axes';
import { ChartFrame } from './ChartFrame';
import {
  countTicks,
  fitText,
  layoutLegend,
  SMALL_TEXT,
  TEXT_COLOR,
  TEXT_SIZE,
  textWidth,
} from './layout';

interface Props {
  countries: CountryReach[];
  caption: ExportCaption;
  language: Language;
}

/** Room per country (bar and gap), in SVG units. */
const ROW = 24;
/** Room for a country's name; a longer one is cut (the table and the bar's tooltip have it whole). */
const MAX_LABEL = 180;

/** Cities per country, most first. */
export function CountryChart({ countries, caption, language }: Props) {
  const { t } = useTranslation(['charts', 'terms']);
  const title = t('countries.title');
  const number = (value: number) => formatNumber(value, language);
  const rows = countries
    .filter((country) => country.cities.length > 0)
    .map((country) => ({
      code: country.country,
      name: countryName(country.country, language),
      label: fitText(countryName(country.country, language), MAX_LABEL, TEXT_SIZE),
      region: regionOf(country.country),
      cities: country.cities.length,
    }));
  const table = {
    columns: [t('countries.country'), t('countries.region'), t('countries.x')],
    rows: rows.map((row) => ({
      key: row.code,
      cells: [row.name, t(`terms:region.${row.region}`), number(row.cities)],
    })),
  };
  if (rows.length === 0)
    return (
      <ChartFrame
        name="countries"
        title={title}
        caption={caption}
        empty={t('countries.empty')}
        desc=""
        table={table}
      />
    );

  const top = rows[0]!;
  const bottom = rows[rows.length - 1]!;
  const total = rows.reduce((sum, row) => sum + row.cities, 0);
  const desc =
    rows.length === 1
      ? t('countries.descOne', { count: total, top: top.name })
      : t('countries.desc', {
          countries: number(rows.length),
          most: number(top.cities),
          top: top.name,
          fewest: number(bottom.cities),
          bottom: bottom.name,
        });

  const draw = (width: number) => {
    const left =
      Math.min(MAX_LABEL, Math.max(...rows.map((row) => textWidth(row.label, TEXT_SIZE)))) + 20;
    const right = width - 36;
    const regions = REGIONS.filter((region) => rows.some((row) => row.region === region));
    const legend = layoutLegend(
      regions.map((region) => ({
        key: region,
        label: t(`terms:region.${region}`),
        color: REGION_COLORS[region],
      })),
      left,
      right,
    );
    const plotTop = legend.height + 12;
    const plotBottom = plotTop + rows.length * ROW;
    const x = scaleLinear()
      .domain([0, max(rows, (row) => row.cities) ?? 1])
      .nice()
      .range([left, right]);
    const y = scaleBand<string>()
      .domain(rows.map((row) => row.code))
      .range([plotTop, plotBottom])
      .paddingInner(0.25)
      .paddingOuter(0.1);
    const xTicks = countTicks((n) => x.ticks(n)).map((tick) => ({
      at: x(tick),
      label: number(tick),
    }));
    const xTitleY = plotBottom + 34;

    return {
      height: xTitleY + 8,
      marks: (
        <>
          <ChartLegend items={legend.items} top={4} />
          <VerticalGrid ticks={xTicks} top={plotTop} bottom={plotBottom} />
          {rows.map((row) => {
            const barTop = y(row.code)!;
            const middle = barTop + y.bandwidth() / 2;
            return (
              <g key={row.code} data-country={row.code}>
                <text
                  x={left - 8}
                  y={middle}
                  dy="0.35em"
                  textAnchor="end"
                  fontSize={TEXT_SIZE}
                  fill={TEXT_COLOR}
                >
                  {row.label}
                </text>
                <rect
                  x={left}
                  y={barTop}
                  width={x(row.cities) - left}
                  height={y.bandwidth()}
                  fill={REGION_COLORS[row.region]}
                >
                  <title>
                    {t('countries.value', { country: row.name, value: number(row.cities) })}
                  </title>
                </rect>
                <text
                  x={x(row.cities) + 4}
                  y={middle}
                  dy="0.35em"
                  fontSize={SMALL_TEXT}
                  fill={TEXT_COLOR}
                >
                  {number(row.cities)}
                </text>
              </g>
            );
          })}
          <ChartText x={(left + right) / 2} y={xTitleY} anchor="middle">
            {t('countries.x')}
          </ChartText>
        </>
      ),
    };
  };

  return (
    <ChartFrame
      name="countries"
      title={title}
      caption={caption}
      empty={null}
      desc={desc}
      table={table}
      draw={draw}
    />
  );
}
