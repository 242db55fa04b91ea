/**
 * The steps the app and the baselines share: load until drawn, pan and zoom the map, pan the
 * graph. Each step writes its figures into a run's record and says whether the page is still
 * usable (false after a timeout: the page is busy, later steps are skipped).
 */
import type { Page } from '@playwright/test';
import {
  dragFrames,
  heapMiB,
  lastGlFrame,
  longTasks,
  middleOf,
  pageNow,
  startProfile,
  stopProfile,
  waitSettled,
  type Drag,
  type Session,
} from './measure';
import { browserWork, type Figure } from './stats';

/** Every figure the bench reports, per page and run (absent: does not apply, or skipped). */
export const METRICS = [
  'status',
  'idle',
  'longTasks',
  'longest',
  'blocked',
  'loadJs',
  'loadBrowser',
  'heap',
  'vertices',
  'verticesZoomed',
  'tickStatus',
  'tickPaint',
  'tickLongest',
  'tickJs',
  'tickBrowser',
  'panMedian',
  'panP95',
  'panJs',
  'panBrowser',
  'graphReady',
  'graphLongest',
  'graphVertices',
  'graphPanMedian',
  'graphPanP95',
] as const;
export type Metric = (typeof METRICS)[number];
export type Figures = Partial<Record<Metric, Figure>>;

/** How long a step may take, and the drag gestures. */
export interface StepOptions {
  timeoutMs: number;
  drag: Drag;
}

const MAP = '.map-container';
const GRAPH = '.graph-container';

/**
 * Notes the load's long tasks, CPU split (from the profile `profiledGoto` started) and heap, once
 * the view has drawn at `drawnAt` (page clock).
 */
export async function noteLoad(session: Session, figures: Figures, drawnAt: number) {
  const { page, cdp } = session;
  const split = await stopProfile(cdp);
  const tasks = await longTasks(page, 0, drawnAt);
  figures.longTasks = tasks.count;
  figures.longest = tasks.longest;
  figures.blocked = tasks.total;
  figures.loadJs = split?.js ?? null;
  figures.loadBrowser = split ? browserWork(split) : null;
  figures.heap = await heapMiB(cdp);
}

/**
 * Where to drag and zoom the map: the middle of the cities the app drew, else of the map; kept
 * inside the part of the map on screen, where the mouse reaches it.
 */
async function mapPoint(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator(MAP).first().boundingBox();
  if (!box) return middleOf(page, MAP);
  const points = await page.locator(MAP).first().getAttribute('data-city-points');
  const cities = points ? (JSON.parse(points) as { x: number; y: number }[]) : [];
  const middle = (values: number[]) => (Math.min(...values) + Math.max(...values)) / 2;
  const x = cities.length > 0 ? box.x + middle(cities.map((c) => c.x)) : box.x + box.width / 2;
  const y = cities.length > 0 ? box.y + middle(cities.map((c) => c.y)) : box.y + box.height / 2;
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const clamp = (value: number, low: number, high: number) =>
    Math.min(Math.max(value, low + 60), high - 60);
  return {
    x: clamp(x, box.x, Math.min(box.x + box.width, viewport.width)),
    y: clamp(y, box.y, Math.min(box.y + box.height, viewport.height)),
  };
}

/**
 * Pans the drawn map (frame times, CPU split), then zooms in two steps around the same point
 * and notes the vertices of the frame drawn there. The map must be idle when this starts.
 */
export async function panAndZoomMap(
  session: Session,
  figures: Figures,
  options: StepOptions,
): Promise<boolean> {
  const { page, cdp } = session;
  const point = await mapPoint(page);
  await startProfile(cdp);
  const from = await pageNow(page);
  const drag = await dragFrames(page, point.x, point.y, options.drag);
  const split = await stopProfile(cdp);
  figures.panMedian = drag.median;
  figures.panP95 = drag.p95;
  figures.panJs = split?.js ?? null;
  figures.panBrowser = split ? browserWork(split) : null;
  if (!(await waitSettled(page, from, options.timeoutMs))) {
    figures.verticesZoomed = 'timeout';
    return false;
  }
  for (let step = 0; step < 2; step++) {
    const before = await pageNow(page);
    await page.mouse.move(point.x - 40, point.y - 20);
    // One wheel notch of 600 px zooms in one level (MapLibre caps a notch at ×2).
    await page.mouse.wheel(0, -600);
    if (!(await waitSettled(page, before, options.timeoutMs))) {
      figures.verticesZoomed = 'timeout';
      return false;
    }
  }
  figures.verticesZoomed = (await lastGlFrame(page))?.vertices ?? null;
  return true;
}

/** Pans the drawn graph, from a third of its width and height (away from the busy middle). */
export async function panGraph(session: Session, figures: Figures, options: StepOptions) {
  const { page } = session;
  const box = await page.locator(GRAPH).first().boundingBox();
  if (!box) return;
  const drag = await dragFrames(page, box.x + box.width / 3, box.y + box.height / 3, options.drag);
  figures.graphPanMedian = drag.median;
  figures.graphPanP95 = drag.p95;
}

/** Navigates `page` to `url`, starting the CPU profile first so the load is in it. */
export async function profiledGoto(session: Session, url: string) {
  await startProfile(session.cdp);
  await session.page.goto(url, { waitUntil: 'commit' });
}
