/**
 * One run of a baseline page (`pages/`): a bare MapLibre map, deck.gl's links over it, or
 * sigma.js drawing the graph, measured with the same steps as the app where they apply.
 */
import type { Browser } from '@playwright/test';
import { lastGlFrame, openSession, waitRedrawn, waitUntil } from './measure';
import {
  noteLoad,
  panAndZoomMap,
  panGraph,
  profiledGoto,
  type Figures,
  type StepOptions,
} from './steps';

/** The baselines, by the name the table shows. */
export const BASELINES = [
  { name: 'bare MapLibre', page: 'map.html', links: null },
  { name: 'deck.gl LineLayer', page: 'map.html', links: 'line' },
  { name: 'deck.gl ArcLayer', page: 'map.html', links: 'arc' },
  { name: 'sigma.js', page: 'graph.html', links: null },
] as const;
export type Baseline = (typeof BASELINES)[number];

export async function runBaseline(
  browser: Browser,
  probe: string,
  url: string,
  baseline: Baseline,
  options: StepOptions,
  log: (line: string) => void,
): Promise<Figures> {
  const figures: Figures = {};
  const session = await openSession(browser, probe);
  const { page } = session;
  const graph = baseline.page === 'graph.html';
  try {
    await profiledGoto(session, url);
    if (graph) {
      const ready = `window.__bench.marks.find((m) => m.name === 'data-graph-ready' && m.value === 'true') ?? null`;
      if (!(await waitUntil(page, ready, options.timeoutMs))) {
        figures.graphReady = 'timeout';
        log(`    ${baseline.name}: first render timed out`);
        return figures;
      }
      const drawnAt = (await page.evaluate(ready)) as { at: number };
      figures.graphReady = drawnAt.at;
      await noteLoad(session, figures, drawnAt.at);
      figures.graphLongest = figures.longest ?? null;
      figures.graphVertices = (await lastGlFrame(page))?.vertices ?? null;
      await panGraph(session, figures, options);
      return figures;
    }
    const drawn = await waitRedrawn(page, 'data-map-idle', 0, options.timeoutMs);
    if (!drawn) {
      figures.idle = 'timeout';
      log(`    ${baseline.name}: map idle timed out`);
      return figures;
    }
    figures.idle = drawn.paintedAt;
    await noteLoad(session, figures, drawn.paintedAt);
    figures.vertices = (await lastGlFrame(page))?.vertices ?? null;
    if (!(await panAndZoomMap(session, figures, options)))
      log(`    ${baseline.name}: pan/zoom timed out`);
    return figures;
  } catch (error) {
    log(`    ${baseline.name}: run stopped: ${(error as Error).message.split('\n')[0]}`);
    return figures;
  } finally {
    await session.context.close();
  }
}
