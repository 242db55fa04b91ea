/**
 * `npm run bench:browser [-- --sizes 1k,5k,10k --runs 3 --quick --port 0 --timeout 300]`: builds
 * the app, generates datasets (and 16k, a one-sheet list of pairs, when named), and measures the
 * built app in headless Chromium beside baseline pages (bare MapLibre, deck.gl, sigma.js) in the
 * same run; prints a markdown table of medians and writes it with every run's figures to
 * bench-results/browser.json. A measuring tool, not a test: slow figures are reported, never
 * failed; a step that times out reads "timeout".
 */
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
// @ts-expect-error: a plain ES module shared with the npm scripts, without types.
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { runApp } from './app';
import { BASELINES, runBaseline } from './baselines';
import { buildApp, buildPages, buildProbe } from './build';
import { NAMED_SIZES, prepareDataset, SIZES } from './datasets';
import { medianFigures, sizeTable } from './report';
import { serve } from './server';
import type { Figures, StepOptions } from './steps';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    port: { type: 'string', default: '0' },
    timeout: { type: 'string' },
    work: { type: 'string', default: join(tmpdir(), 'c2c-bench-browser') },
    dist: { type: 'string' },
    out: { type: 'string', default: 'bench-results/browser.json' },
  },
});
// Quick: the smallest size, one run, short gestures; a smoke run of the whole tool.
const quick = values.quick;
const sizeNames = (values.sizes ?? (quick ? '1k' : SIZES.map((s) => s.name).join(','))).split(',');
const sizes = NAMED_SIZES.filter((size) => sizeNames.includes(size.name));
const runs = Number(values.runs ?? (quick ? 1 : 3));
const options: StepOptions = {
  timeoutMs: Number(values.timeout ?? (quick ? 120 : 300)) * 1000,
  drag: { moves: quick ? 8 : 20, stepPx: 10, budgetMs: quick ? 10_000 : 30_000 },
};
if (sizes.length !== sizeNames.length || !(runs >= 1)) {
  console.error(`Usage: --sizes ${NAMED_SIZES.map((s) => s.name).join(',')} --runs N [--quick]`);
  process.exit(2);
}

const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const work = resolve(values.work);
const appDir = values.dist ? resolve(values.dist) : join(work, 'app');
if (!values.dist) {
  log(`building the app into ${appDir}`);
  buildApp(appDir);
}
log('building the baseline pages and the probe');
await buildPages(join(work, 'pages'));
const probe = await buildProbe(join(work, 'probe'));

const prepared = sizes.map((size) => {
  log(`dataset ${size.name}`);
  const dataset = prepareDataset(join(work, 'data'), size);
  log(`  ${dataset.cities} cities, ${dataset.links} links in the default view`);
  return dataset;
});

const mounts = new Map([
  ['/app/', appDir],
  ['/pages/', join(work, 'pages')],
  ['/data/', join(work, 'data')],
]);
const { server, origin } = await serve(mounts, Number(values.port));
const browser = await chromium.launch({
  executablePath: (findChromium() as string | null) ?? undefined,
  // As the browser tests: a closed network, WebGL in software.
  args: CHROMIUM_ARGS,
});
log(`serving on ${origin}; Chromium ${browser.version()}`);

const results = [];
try {
  for (const dataset of prepared) {
    const data = `${origin}/data/${dataset.size.name}/`;
    const appRuns: Figures[] = [];
    const baselineRuns = new Map<string, Figures[]>(BASELINES.map((b) => [b.name, []]));
    let statusText: string | null = null;
    for (let run = 1; run <= runs; run++) {
      log(`${dataset.size.name}, run ${run}/${runs}: app`);
      const app = await runApp(
        browser,
        probe,
        `${origin}/app/?data=${encodeURIComponent(data)}`,
        options,
        log,
      );
      appRuns.push(app.figures);
      statusText ??= app.statusText;
      for (const baseline of BASELINES) {
        log(`${dataset.size.name}, run ${run}/${runs}: ${baseline.name}`);
        const size = baseline.page === 'graph.html' ? app.graphSize : app.mapSize;
        const query = new URLSearchParams({ data });
        if (baseline.links) query.set('links', baseline.links);
        if (size) {
          query.set('w', String(Math.round(size.width)));
          query.set('h', String(Math.round(size.height)));
        }
        const url = `${origin}/pages/${baseline.page}?${query}`;
        baselineRuns
          .get(baseline.name)!
          .push(await runBaseline(browser, probe, url, baseline, options, log));
      }
    }
    const app = medianFigures(appRuns);
    const baselines = BASELINES.map((b) => ({
      name: b.name,
      figures: medianFigures(baselineRuns.get(b.name)!),
    }));
    const table = sizeTable(app, baselines);
    const title = `${dataset.size.name}: ${dataset.cities.toLocaleString('en-US')} cities, ${dataset.links.toLocaleString('en-US')} links, medians of ${runs} run(s)`;
    console.log(`\n### ${title}\n(app status: ${statusText ?? 'not reached'})\n\n${table}\n`);
    results.push({
      ...dataset,
      title,
      statusText,
      app,
      baselines,
      runs: { app: appRuns, baselines: Object.fromEntries(baselineRuns) },
      table,
    });
  }
} finally {
  await browser.close();
  server.close();
}

const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
const machine = {
  cores: availableParallelism(),
  chromium: browser.version(),
  node: process.version,
};
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), machine, runs, options, results }, null, 2)}\n`,
);
log(`wrote ${out}`);
