/**
 * One run of the built app on a dataset: load, tick a theme, pan and zoom the map, open and pan
 * the graph. What the app says it has done is read from the page as the browser tests do: the
 * status line (`role="status"` in the header), `data-map-idle` and `data-graph-ready`.
 */
import type { Browser } from '@playwright/test';
import {
  lastGlFrame,
  longTasks,
  openSession,
  pageNow,
  read,
  startProfile,
  stopProfile,
  waitRedrawn,
  waitSettled,
  waitUntil,
} from './measure';
import {
  noteLoad,
  panAndZoomMap,
  panGraph,
  profiledGoto,
  type Figures,
  type StepOptions,
} from './steps';
import { formatFigure } from './report';
import { browserWork } from './stats';

/** The first theme's checkbox: the filter panel's first group is the themes. */
const THEME = '.filter-panel > fieldset:first-of-type input[type="checkbox"]';
/** The view switch's radios, in the order of VIEW_MODES: map, graph, … */
const VIEW = '.view-bar input[name="view"]';
const GRAPH_VIEW = 1;
/** The data report's "Hide details" button, while the details are open. */
const FOLD_REPORT = '.issues-head button[aria-expanded="true"]';

/** The time of the first status text after `after` that holds figures (the loading text has none). */
const statusAfter = (after: number, differentFrom = '') =>
  `window.__bench.status.find((m) => m.at >= ${after} && /\\d/.test(m.value) && m.value !== ${JSON.stringify(differentFrom)}) ?? null`;

/** What the app's run measured, and the sizes of its views for the baselines to copy. */
export interface AppRun {
  figures: Figures;
  mapSize: { width: number; height: number } | null;
  graphSize: { width: number; height: number } | null;
  statusText: string | null;
}

export async function runApp(
  browser: Browser,
  probe: string,
  url: string,
  options: StepOptions,
  log: (line: string) => void,
): Promise<AppRun> {
  const figures: Figures = {};
  const run: AppRun = { figures, mapSize: null, graphSize: null, statusText: null };
  const session = await openSession(browser, probe);
  const { page, cdp } = session;
  // A step that timed out ends the run: the page is still busy, later steps would measure that.
  const timedOut = (step: string) => {
    log(`    app: ${step} timed out after ${options.timeoutMs / 1000} s`);
    return run;
  };
  try {
    await profiledGoto(session, url);
    if (!(await waitUntil(page, statusAfter(0), options.timeoutMs))) {
      figures.status = 'timeout';
      return timedOut('status line');
    }
    const status = await read<{ at: number; value: string }>(page, statusAfter(0));
    figures.status = status.at;
    run.statusText = status.value;
    const drawn = await waitRedrawn(page, 'data-map-idle', status.at, options.timeoutMs);
    if (!drawn) {
      figures.idle = 'timeout';
      await stopProfile(cdp);
      return timedOut('map idle');
    }
    figures.idle = drawn.paintedAt;
    await noteLoad(session, figures, drawn.paintedAt);
    // Generated data carries warnings: their report takes the top of the page and leaves the
    // map a strip. Folded away, as a user would, the map gets its room before it is measured.
    const fold = page.locator(FOLD_REPORT);
    if ((await fold.count()) > 0) {
      const folded = await pageNow(page);
      await fold.first().click();
      if (!(await waitSettled(page, folded, options.timeoutMs))) return timedOut('map resize');
    }
    figures.vertices = (await lastGlFrame(page))?.vertices ?? null;
    run.mapSize = await page.locator('.map-container').boundingBox();
    log(`    app: status ${status.at.toFixed(0)} ms, map idle ${drawn.paintedAt.toFixed(0)} ms`);

    if (!(await tickTheme(session, figures, status.value, options))) return timedOut('theme tick');
    log(`    app: theme tick, ${formatFigure(figures.tickPaint)} ms to paint; panning the map`);
    if (!(await panAndZoomMap(session, figures, options))) return timedOut('map pan/zoom');

    const opened = await read<number>(
      page,
      `window.__bench.click(${JSON.stringify(VIEW)}, ${GRAPH_VIEW})`,
    );
    const ready = `window.__bench.marks.find((m) => m.name === 'data-graph-ready' && m.value === 'true' && m.at >= ${opened}) ?? null`;
    if (!(await waitUntil(page, ready, options.timeoutMs))) {
      figures.graphReady = 'timeout';
      return timedOut('graph ready');
    }
    const graphAt = (await read<{ at: number }>(page, ready)).at;
    figures.graphReady = graphAt - opened;
    figures.graphLongest = (await longTasks(page, opened, graphAt)).longest;
    run.graphSize = await page.locator('.graph-container').boundingBox();
    log(`    app: graph ready after ${(graphAt - opened).toFixed(0)} ms; panning the graph`);
    await panGraph(session, figures, options);
    return run;
  } catch (error) {
    log(`    app: run stopped: ${(error as Error).message.split('\n')[0]}`);
    return run;
  } finally {
    await session.context.close();
  }
}

/**
 * Ticks the first theme and measures until the status line changes and until the first frame
 * after the map says it has drawn the filtered links; then unticks it (unmeasured) and waits for
 * the map again, so the pan draws the whole network.
 */
async function tickTheme(
  session: Parameters<typeof noteLoad>[0],
  figures: Figures,
  statusBefore: string,
  options: StepOptions,
): Promise<boolean> {
  const { page, cdp } = session;
  await startProfile(cdp);
  const ticked = await read<number>(page, `window.__bench.click(${JSON.stringify(THEME)}, 0)`);
  if (ticked < 0) {
    await stopProfile(cdp);
    return true;
  }
  const changed = statusAfter(ticked, statusBefore);
  const drawn = await waitRedrawn(page, 'data-map-idle', ticked, options.timeoutMs);
  const split = await stopProfile(cdp);
  if (await waitUntil(page, changed, 1000)) {
    figures.tickStatus = (await read<{ at: number }>(page, changed)).at - ticked;
  }
  if (!drawn) {
    figures.tickPaint = 'timeout';
    return false;
  }
  figures.tickPaint = drawn.paintedAt - ticked;
  figures.tickLongest = (await longTasks(page, ticked, drawn.paintedAt)).longest;
  figures.tickJs = split?.js ?? null;
  figures.tickBrowser = split ? browserWork(split) : null;
  const unticked = await read<number>(page, `window.__bench.click(${JSON.stringify(THEME)}, 0)`);
  return (await waitRedrawn(page, 'data-map-idle', unticked, options.timeoutMs)) !== null;
}
