/** English: the timeline that plays the network year by year. */
export const timeline = {
  label: 'Timeline',
  play: 'Play',
  pause: 'Pause',
  year: 'Timeline year',
  /** The year shown; `year` is a calendar year, never grouped (`2017`, not `2,017`). */
  shown: '{{year}}',
  allYears: 'All years',
  speed: {
    label: 'Speed',
    slow: 'Slow',
    normal: 'Normal',
    fast: 'Fast',
  },
  mode: {
    legend: 'Show',
    cumulative: 'Up to the year',
    single: 'That year only',
  },
  showAll: 'All years',
} as const;
