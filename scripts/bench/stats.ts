/**
 * Pure arithmetic of the browser benchmark: medians over runs (with timeouts), percentiles of
 * frame intervals, long-task summaries, and where a CPU profile's time went.
 */

/** A measured figure: a number, `timeout` when the step did not finish, `null` when it does not apply. */
export type Figure = number | 'timeout' | null;

/**
 * The median of one figure over runs. A timeout counts as longer than any number, so the median
 * is `timeout` when at least half the runs timed out; `null` when no run measured it.
 */
export function medianFigure(figures: readonly Figure[]): Figure {
  const measured = figures.filter((figure) => figure !== null);
  if (measured.length === 0) return null;
  const sorted = [...measured].sort((a, b) => rank(a) - rank(b));
  const middle = (sorted.length - 1) / 2;
  const low = sorted[Math.floor(middle)]!;
  const high = sorted[Math.ceil(middle)]!;
  if (low === 'timeout' || high === 'timeout') return 'timeout';
  return (low + high) / 2;
}

const rank = (figure: number | 'timeout') => (figure === 'timeout' ? Infinity : figure);

/** The `p`-th percentile (0..100) of `values`, nearest rank; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** The gaps between successive timestamps: frame intervals from `requestAnimationFrame` times. */
export function intervals(timestamps: readonly number[]): number[] {
  return timestamps.slice(1).map((time, i) => time - timestamps[i]!);
}

/** A long task as the page's PerformanceObserver saw it, in ms since the page's time origin. */
export interface LongTask {
  start: number;
  duration: number;
}

/** How many long tasks started within `[from, to]`, the longest, and their total. */
export function longTaskSummary(
  tasks: readonly LongTask[],
  from: number,
  to: number,
): { count: number; longest: number; total: number } {
  const inside = tasks.filter((task) => task.start >= from && task.start <= to);
  return {
    count: inside.length,
    longest: inside.reduce((longest, task) => Math.max(longest, task.duration), 0),
    total: inside.reduce((total, task) => total + task.duration, 0),
  };
}

/** The parts of a V8 CPU profile (`Profiler.stop`) this split reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Where the main thread's time went, in ms: `js`, functions of scripts (the page's JavaScript,
 * libraries included); `native`, functions without a script (builtins and browser APIs called
 * from JavaScript); `gc`; `program`, the browser's own work outside JavaScript (style, layout,
 * paint, compositing, WebGL command submission); `idle`.
 */
export interface ProfileSplit {
  js: number;
  native: number;
  gc: number;
  program: number;
  idle: number;
}

const SPECIAL: ReadonlyMap<string, keyof ProfileSplit> = new Map([
  ['(idle)', 'idle'],
  ['(program)', 'program'],
  ['(root)', 'program'],
  ['(garbage collector)', 'gc'],
]);

/** Splits a profile's sampled time by the kind of its innermost frame (see `ProfileSplit`). */
export function splitProfile(profile: CpuProfile): ProfileSplit {
  const kindOf = new Map<number, keyof ProfileSplit>();
  for (const { id, callFrame } of profile.nodes) {
    const special = SPECIAL.get(callFrame.functionName);
    kindOf.set(id, special ?? (callFrame.url ? 'js' : 'native'));
  }
  const split: ProfileSplit = { js: 0, native: 0, gc: 0, program: 0, idle: 0 };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // Each delta is the time since the previous sample: it belongs to the sample it ends.
  for (let i = 1; i < samples.length; i++) {
    const kind = kindOf.get(samples[i]!) ?? 'program';
    split[kind] += (deltas[i] ?? 0) / 1000;
  }
  return split;
}

/** The busy time of a split that is not our JavaScript: the browser's own work. */
export const browserWork = (split: ProfileSplit) => split.native + split.gc + split.program;
