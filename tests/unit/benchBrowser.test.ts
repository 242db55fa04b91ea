import { describe, expect, it } from 'vitest';
import { formatFigure, medianFigures, ratio, sizeTable } from '../../scripts/bench/report';
import {
  intervals,
  longTaskSummary,
  medianFigure,
  percentile,
  splitProfile,
} from '../../scripts/bench/stats';

describe('medians over runs', () => {
  it('takes the middle run, or the mean of the two middle runs', () => {
    expect(medianFigure([30, 10, 20])).toBe(20);
    expect(medianFigure([40, 10, 20, 30])).toBe(25);
  });

  it('counts a timeout as slower than any figure: a minority of timeouts keeps a number', () => {
    expect(medianFigure([10, 'timeout', 20])).toBe(20);
    expect(medianFigure(['timeout', 10, 'timeout'])).toBe('timeout');
  });

  it('leaves out runs that did not measure the figure, and says so when none did', () => {
    expect(medianFigure([null, 12, null])).toBe(12);
    expect(medianFigure([null, null])).toBeNull();
    expect(medianFigures([{ idle: 5, heap: 1 }, { idle: 7 }, { idle: 9 }])).toEqual({
      idle: 7,
      heap: 1,
    });
  });
});

describe('frame times', () => {
  it('turns frame timestamps into intervals and takes nearest-rank percentiles', () => {
    const gaps = intervals([0, 16, 33, 50, 1050]);
    expect(gaps).toEqual([16, 17, 17, 1000]);
    expect(percentile(gaps, 50)).toBe(17);
    expect(percentile(gaps, 95)).toBe(1000);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('long tasks', () => {
  it('counts the tasks that start within the window, the longest and their total', () => {
    const tasks = [
      { start: 5, duration: 80 },
      { start: 100, duration: 300 },
      { start: 900, duration: 60 },
      { start: 2000, duration: 500 },
    ];
    expect(longTaskSummary(tasks, 50, 1000)).toEqual({ count: 2, longest: 300, total: 360 });
    expect(longTaskSummary(tasks, 3000, 4000)).toEqual({ count: 0, longest: 0, total: 0 });
  });
});

describe('where a CPU profile went', () => {
  const frame = (functionName: string, url = '') => ({ functionName, url });
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)') },
      { id: 2, callFrame: frame('(program)') },
      { id: 3, callFrame: frame('(idle)') },
      { id: 4, callFrame: frame('(garbage collector)') },
      { id: 5, callFrame: frame('buildNetwork', 'http://127.0.0.1/app/assets/index.js') },
      { id: 6, callFrame: frame('drawElements') },
    ],
    // Each delta (µs) belongs to the sample it ends; the first sample has no interval.
    samples: [3, 5, 5, 2, 4, 6, 3],
    timeDeltas: [0, 2000, 3000, 4000, 1000, 500, 7000],
  };

  it('splits the sampled time into scripts, native calls, GC, the browser and idle (ms)', () => {
    expect(splitProfile(profile)).toEqual({ js: 5, native: 0.5, gc: 1, program: 4, idle: 7 });
  });

  it('gives nothing for an empty profile', () => {
    expect(splitProfile({ nodes: [] })).toEqual({ js: 0, native: 0, gc: 0, program: 0, idle: 0 });
  });
});

describe('the table', () => {
  it('shows each baseline with the ratio app ÷ baseline, and dashes where nothing was measured', () => {
    const table = sizeTable({ idle: 3000, panMedian: 900, status: 1200 }, [
      { name: 'bare MapLibre', figures: { idle: 1500, panMedian: 'timeout' } },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toBe('| measure (median) | app | bare MapLibre (app ×) |');
    expect(lines).toContain('| status line after load (ms) | 1,200 | — |');
    expect(lines).toContain('| map idle after load (ms) | 3,000 | 1,500 (×2.00) |');
    expect(lines).toContain('| map pan: time per step, median (ms) | 900 | timeout |');
    // No row for figures nobody measured.
    expect(table).not.toContain('graph pan');
  });

  it('formats figures and ratios only when both sides are numbers', () => {
    expect(formatFigure(12.345, 1)).toBe('12.3');
    expect(formatFigure(null)).toBe('—');
    expect(ratio(10, 0)).toBe('');
    expect(ratio('timeout', 5)).toBe('');
    expect(ratio(10, 4)).toBe(' (×2.50)');
  });
});
