import { useEffect, useId, useState } from 'react';
import { TIMELINE_MODES, type TimelineMode } from '../state/vocabulary';

interface Props {
  extent: [number, number];
  year: number | null;
  mode: TimelineMode;
  onYear(year: number | null): void;
  onMode(mode: TimelineMode): void;
}

const SPEEDS = [
  { label: 'Slow', ms: 2000 },
  { label: 'Normal', ms: 1200 },
  { label: 'Fast', ms: 600 },
] as const;

const MODE_LABELS: Record<TimelineMode, string> = {
  cumulative: 'Up to the year',
  single: 'That year only',
};

/** Plays the network year by year; the links new in the shown year are highlighted. */
export function Timeline({ extent, year, mode, onYear, onMode }: Props) {
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(SPEEDS[1].ms);
  const [first, last] = extent;

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
    <section className="timeline" aria-label="Timeline">
      <button
        type="button"
        onClick={() => {
          // Playing again from the end starts over.
          if (!playing && year !== null && year >= last) onYear(first);
          setPlaying(!playing);
        }}
        aria-pressed={playing}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <label htmlFor={`${id}-year`} className="visually-hidden">
        Timeline year
      </label>
      <input
        id={`${id}-year`}
        type="range"
        min={first}
        max={last}
        step={1}
        value={year ?? last}
        onChange={(event) => onYear(Number(event.target.value))}
      />
      <output htmlFor={`${id}-year`} className="timeline-year" aria-live="polite">
        {year ?? 'All years'}
      </output>
      <label htmlFor={`${id}-speed`}>Speed</label>
      <select
        id={`${id}-speed`}
        value={speed}
        onChange={(event) => setSpeed(Number(event.target.value))}
      >
        {SPEEDS.map((s) => (
          <option key={s.ms} value={s.ms}>
            {s.label}
          </option>
        ))}
      </select>
      <fieldset className="segmented">
        <legend>Show</legend>
        {TIMELINE_MODES.map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === m}
              onChange={() => onMode(m)}
            />
            {MODE_LABELS[m]}
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
          All years
        </button>
      )}
    </section>
  );
}
