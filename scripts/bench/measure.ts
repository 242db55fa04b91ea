/**
 * Measuring steps shared by the app and the baselines, run from Node against a page that carries
 * the probe (`pages/probe.ts`). Page-side code is passed as strings: functions would be
 * serialised with the helpers tsx adds to them, which the page does not have.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import type { GlFrame } from './pages/probeTypes';
import {
  intervals,
  longTaskSummary,
  percentile,
  splitProfile,
  type CpuProfile,
  type Figure,
  type LongTask,
  type ProfileSplit,
} from './stats';

/** A page with the probe, its context and a DevTools session on it. */
export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/** Opens a fresh context (no cache, no storage) with the probe installed, at the tests' viewport. */
export async function openSession(browser: Browser, probe: string): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  });
  const page = await context.newPage();
  await page.addInitScript({ content: probe });
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/** Evaluates `expression` in the page. */
export const read = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

/** Waits until `expression` is true in the page; false when `timeoutMs` passed first. */
export async function waitUntil(page: Page, expression: string, timeoutMs: number) {
  try {
    await page.waitForFunction(expression, undefined, { timeout: timeoutMs, polling: 200 });
    return true;
  } catch {
    return false;
  }
}

/** The page's clock (ms since its time origin). */
export const pageNow = (page: Page) => read<number>(page, 'performance.now()');

/**
 * An expression for the time the view said it had drawn again after `after`: its `attribute`
 * turned `false`, then `true` (a draw that started before `after` and ends after it counts too).
 * Gives the mark's time and the next frame's, or null while it has not happened.
 */
export function redrawnAfter(attribute: string, after: number): string {
  return `(() => {
    const marks = window.__bench.marks.filter((m) => m.name === '${attribute}');
    const before = marks.filter((m) => m.at < ${after}).pop();
    const start = before && before.value === 'false'
      ? marks.indexOf(before)
      : marks.findIndex((m) => m.at >= ${after} && m.value === 'false');
    if (start < 0) return null;
    const done = marks.slice(start).find((m) => m.value === 'true');
    return done && done.paintedAt !== undefined ? { at: done.at, paintedAt: done.paintedAt } : null;
  })()`;
}

/** Waits for `redrawnAfter`; null on timeout. */
export async function waitRedrawn(page: Page, attribute: string, after: number, timeoutMs: number) {
  const expression = redrawnAfter(attribute, after);
  if (!(await waitUntil(page, expression, timeoutMs))) return null;
  return read<{ at: number; paintedAt: number }>(page, expression);
}

/**
 * An expression for "the map has settled after a camera move made at `after`": its
 * `data-map-idle` went `false` then `true` (the baselines), or, since the app leaves it `true`
 * while the camera moves, it is `true` and no WebGL frame was drawn for `quietMs` after at least
 * one was drawn since `after`.
 */
function settledAfter(after: number, quietMs: number): string {
  return `(() => {
    if (${redrawnAfter('data-map-idle', after)}) return true;
    const idle = document.querySelector('[data-map-idle="true"]');
    const frames = window.__bench.glFrames.filter((f) => f.at >= ${after});
    const last = frames[frames.length - 1];
    return Boolean(idle && last && performance.now() - last.at > ${quietMs});
  })()`;
}

/** Waits until the map has settled after a camera move made at `after` (see `settledAfter`). */
export async function waitSettled(page: Page, after: number, timeoutMs: number) {
  return waitUntil(page, settledAfter(after, SETTLE_QUIET_MS), timeoutMs);
}

/** No frame for this long after a camera move: the map has drawn it (the app has no signal). */
const SETTLE_QUIET_MS = 2000;

/** Long tasks of the page within `[from, to]` of its clock. */
export async function longTasks(page: Page, from: number, to: number) {
  const tasks = await read<LongTask[]>(page, 'window.__bench.longTasks');
  return longTaskSummary(tasks, from, to);
}

/** Starts the V8 sampling profiler of the page's main thread. */
export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  // 1 ms, Chrome's default: enough for tasks of tens of milliseconds and more.
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
}

/** Stops the profiler; where the time went since `startProfile`. */
export async function stopProfile(cdp: CDPSession): Promise<ProfileSplit | null> {
  try {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    return splitProfile(profile);
  } catch {
    return null;
  }
}

/** The main thread's JS heap after a full collection, in MiB. */
export async function heapMiB(cdp: CDPSession): Promise<Figure> {
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 2 ** 20;
  } catch {
    return null;
  }
}

/** The vertices (and indices) of the latest frame that drew with WebGL; null for none. */
export async function lastGlFrame(page: Page): Promise<GlFrame | null> {
  // Draws outside an animation frame (a synchronous first render) count too.
  const frames = await read<GlFrame[]>(page, 'window.__bench.glFrames');
  return frames[frames.length - 1] ?? null;
}

/** A drag: how many moves of how many pixels, and a time budget after which it stops early. */
export interface Drag {
  moves: number;
  stepPx: number;
  budgetMs: number;
}

/** Time per step of a drag, in ms: median and p95 (null when fewer than two steps). */
export interface DragFrames {
  median: number | null;
  p95: number | null;
  moves: number;
}

/** Resolves in the first animation frame after what the page has queued, with its clock. */
const NEXT_FRAME =
  'new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))';

/**
 * Drags the view from `(x, y)` to the left and up, one move at a time; after each move, waits
 * for the next animation frame (the view draws the move in its own callback of that frame,
 * queued before ours). The gaps between those frames are the time a step of the pan takes to
 * show, whatever draws it (WebGL or a 2D canvas), without counting idle frames as fast ones.
 * Stops after the budget once three moves were made.
 */
export async function dragFrames(
  page: Page,
  x: number,
  y: number,
  drag: Drag,
): Promise<DragFrames> {
  await page.mouse.move(x, y);
  await page.mouse.down();
  const shown = [await read<number>(page, NEXT_FRAME)];
  const started = Date.now();
  let moves = 0;
  while (moves < drag.moves && (moves < 3 || Date.now() - started < drag.budgetMs)) {
    moves++;
    await page.mouse.move(x - moves * drag.stepPx, y - (moves * drag.stepPx) / 2);
    shown.push(await read<number>(page, NEXT_FRAME));
  }
  await page.mouse.up();
  const steps = intervals(shown);
  return { median: percentile(steps, 50), p95: percentile(steps, 95), moves };
}

/** The middle of `selector`'s box in page coordinates. */
export async function middleOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
