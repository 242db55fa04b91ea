import { scaleBand, scaleLinear } from 'd3';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearActivity } from '../domain/facets';
import type { YearRange } from '../domain/filters';
import { formatYearSpan } from '../i18n/format';
import { useLanguage } from './wording';

interface Props {
  activity: readonly YearActivity[];
  extent: [number, number];
  value: YearRange | null;
  onChange(range: YearRange | null): void;
}

const WIDTH = 240;
const HEIGHT = 44;

/** Two year sliders over a histogram of the records starting each year. */
export function YearRangeControl({ activity, extent, value, onChange }: Props) {
  const { t } = useTranslation('filters');
  const language = useLanguage();
  const id = useId();
  const [first, last] = extent;
  const from = value?.from ?? first;
  const to = value?.to ?? last;
  const x = scaleBand<number>()
    .domain(activity.map((a) => a.year))
    .range([0, WIDTH])
    .padding(0.15);
  const maxCount = Math.max(1, ...activity.map((a) => a.workshops + a.partnerships));
  const y = scaleLinear()
    .domain([0, maxCount])
    .range([0, HEIGHT - 2]);
  const set = (nextFrom: number, nextTo: number) =>
    onChange(nextFrom <= first && nextTo >= last ? null : { from: nextFrom, to: nextTo });

  return (
    <div className="year-range">
      <svg
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={t('years.histogram', { span: formatYearSpan(first, last, language) })}
        className="year-histogram"
      >
        {activity.map((a) => {
          const total = a.workshops + a.partnerships;
          const inRange = a.year >= from && a.year <= to;
          return (
            <rect
              key={a.year}
              x={x(a.year)}
              width={x.bandwidth()}
              y={HEIGHT - y(total)}
              height={y(total)}
              className={inRange ? 'bar in-range' : 'bar'}
            >
              <title>
                {t('years.bar', {
                  year: String(a.year),
                  workshops: t('years.workshops', { count: a.workshops }),
                  partnerships: t('years.partnerships', { count: a.partnerships }),
                })}
              </title>
            </rect>
          );
        })}
      </svg>
      <div className="year-sliders">
        <label htmlFor={`${id}-from`}>{t('years.from')}</label>
        <input
          id={`${id}-from`}
          type="range"
          min={first}
          max={last}
          step={1}
          value={from}
          aria-valuetext={t('years.year', { year: String(from) })}
          onChange={(event) => {
            const next = Number(event.target.value);
            set(next, Math.max(next, to));
          }}
        />
        {/* Plain text: the slider's value text speaks the year, so dragging announces nothing else. */}
        <span className="year-value" aria-hidden="true">
          {t('years.year', { year: String(from) })}
        </span>
        <label htmlFor={`${id}-to`}>{t('years.to')}</label>
        <input
          id={`${id}-to`}
          type="range"
          min={first}
          max={last}
          step={1}
          value={to}
          aria-valuetext={t('years.year', { year: String(to) })}
          onChange={(event) => {
            const next = Number(event.target.value);
            set(Math.min(from, next), next);
          }}
        />
        {/* Plain text: the slider's value text speaks the year, so dragging announces nothing else. */}
        <span className="year-value" aria-hidden="true">
          {t('years.year', { year: String(to) })}
        </span>
      </div>
    </div>
  );
}
