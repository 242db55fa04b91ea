import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIMELINE_MODES, type TimelineMode } from '../state/vocabulary';

interface Props {
  extent: [number, number];
  year: number | null;
  mode: TimelineMode;
  onYear(year: number | null): void;
  onMode(mode: TimelineMode): void;
}

/** The playing speeds: each year shows for `ms` milliseconds. */
const SPEEDS = [
  { name: 'slow', ms: 2000 },
  { name: 'normal', ms: 1200 },
  { name: 'fast', ms: 600 },
] as const;

/** Plays the network year by year; the links new in the shown year are highlighted. */
export function Timeline({ extent, year, mode, onYear, onMode }: Props) {
  const { t } = useTranslation('timeline');
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(SPEEDS[1].ms);
  const [first, last] = extent;
  const shownYear = year === null ? t('allYears') : t('shown', { year: String(year) });

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(
      () => {
        if (year !== null && year >= last) setPlaying(false);
        else onYear(year === null ? first : year + 1);
      },
      year === null ? 0 : speed,
    );
    return () => window.clearTimeout(timer);
  }, [playing, year, speed, first, last, onYear]);

  return (
    <section className="timeline" aria-label={t('label')}>
      <button
        type="button"
        onClick={() => {
          // Playing again from the end starts over.
          if (!playing && year !== null && year >= last) onYear(first);
          setPlaying(!playing);
        }}
        aria-pressed={playing}
      >
        {playing ? t('pause') : t('play')}
      </button>
      <label htmlFor={`${id}-year`} className="visually-hidden">
        {t('year')}
      </label>
      <input
        id={`${id}-year`}
        type="range"
        min={first}
        max={last}
        step={1}
        value={year ?? last}
        aria-valuetext={shownYear}
        onChange={(event) => onYear(Number(event.target.value))}
      />
      {/*
        Not a live region: the network's status line is the one place that announces what a
        change shows, so a screen reader is not flooded while the timeline plays or is dragged.
      */}
      <span className="timeline-year" aria-hidden="true">
        {shownYear}
      </span>
      <label htmlFor={`${id}-speed`}>{t('speed.label')}</label>
      <select
        id={`${id}-speed`}
        value={speed}
        onChange={(event) => setSpeed(Number(event.target.value))}
      >
        {SPEEDS.map((s) => (
          <option key={s.ms} value={s.ms}>
            {t(`speed.${s.name}`)}
          </option>
        ))}
      </select>
      <fieldset className="segmented">
        <legend>{t('mode.legend')}</legend>
        {TIMELINE_MODES.map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === m}
              onChange={() => onMode(m)}
            />
            {t(`mode.${m}`)}
          </label>
        ))}
      </fieldset>
      {year !== null && (
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            onYear(null);
          }}
        >
          {t('showAll')}
        </button>
      )}
    </section>
  );
}
