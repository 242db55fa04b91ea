/**
 * `npm run bench`: medians of the app's heavy steps on synthetic data, each beside a baseline
 * measured in the same run on the same machine, so the ratio means something on any machine.
 */
import { greatCircle } from '@turf/turf';
import Papa from 'papaparse';
import { DEFAULT_FILTERS } from '../domain/filters';
import { computeMetrics } from '../domain/metrics';
import { buildNetwork, edgeWeight } from '../domain/network';
import { runLayout } from '../graph/layout';
import type { LayoutRequest } from '../graph/protocol';
import { themePalette } from '../domain/palette';
import { loadDataset } from '../io/load';
import { createClusterTracker, drawnLinkDensity } from '../map/clusterState';
import { cityFeatures, linkFeatures } from '../map/sources';
import {
  DEFAULT_WEIGHTS,
  partnershipGaps,
  planningIndex,
  suggestPartners,
  type CityFacts,
} from '../domain/planner';
import { plannerDataset, syntheticDataset } from './synthetic';

const RUNS = 7;

/** Median wall time of `runs` calls of `work`, after one warm-up call, in milliseconds. */
function median(work: () => unknown, runs = RUNS): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

function report(
  name: string,
  ms: number,
  baselineName: string,
  baselineMs: number,
  budgetMs?: number,
): void {
  const budget =
    budgetMs === undefined ? '' : ` (budget ${budgetMs} ms: ${ms <= budgetMs ? 'within' : 'OVER'})`;
  console.log(`${name}: ${ms.toFixed(1)} ms median${budget}`);
  console.log(
    `  baseline, ${baselineName}: ${baselineMs.toFixed(1)} ms → ratio ${(ms / baselineMs).toFixed(2)}`,
  );
}

const dataset = syntheticDataset(10_000, 100_000, 0);
const network = buildNetwork(dataset, DEFAULT_FILTERS);
const palette = themePalette(dataset);
const positionOf = (id: string): [number, number] | undefined => {
  const city = dataset.cityById.get(id);
  return city ? [city.lon, city.lat] : undefined;
};
console.log(
  `Synthetic network: ${network.nodes.length} cities, ${network.edges.length} links; ${RUNS} runs each.\n`,
);

const turfArcs = median(() =>
  network.edges.map((edge) =>
    greatCircle(positionOf(edge.source)!, positionOf(edge.target)!, { npoints: 10 }),
  ),
);
report(
  'Map sources, first draw (cities + great-circle links, arcs computed)',
  median(() => [cityFeatures(network), linkFeatures(network, positionOf, palette, new Map())]),
  'the same links as @turf/great-circle arcs of 10 points',
  turfArcs,
  200,
);

const arcs = new Map();
linkFeatures(network, positionOf, palette, arcs);
report(
  'Map sources after a filter change (arcs kept by the map view)',
  median(() => [cityFeatures(network), linkFeatures(network, positionOf, palette, arcs)]),
  'the same links as @turf/great-circle arcs of 10 points',
  turfArcs,
  200,
);

// Clustering: the index is built once per network (and selection); each whole zoom level then
// clusters the places and joins their links anew.
const clusterInput = { network, palette, selectedCityId: null, highlight: null };
const buildNetworkMs = median(() => buildNetwork(dataset, DEFAULT_FILTERS), 3);
report(
  'Clusters + joined links, index built (10k cities / 100k links)',
  median(() => createClusterTracker()(clusterInput, 3), 3),
  'buildNetwork with no filter',
  buildNetworkMs,
  100,
);
const tracker = createClusterTracker();
let level = 2;
report(
  'Clusters + joined links per zoom level, index kept',
  median(() => tracker(clusterInput, (level = level === 2 ? 5 : 2)), 5),
  'buildNetwork with no filter',
  buildNetworkMs,
  100,
);
const clusters = tracker(clusterInput, 3);
report(
  'Link density of what is drawn (count, mean screen length, width)',
  median(() => drawnLinkDensity(network, clusters, palette, 3, 1200, 800), 5),
  'buildNetwork with no filter',
  buildNetworkMs,
);

const waste = { ...DEFAULT_FILTERS, themes: ['waste'], years: { from: 2010, to: 2018 } };
report(
  'buildNetwork after a filter change (theme + years)',
  median(() => buildNetwork(dataset, waste)),
  'one pass over the partnerships reading their themes',
  median(() => dataset.partnerships.filter((p) => p.themes.includes('waste')).length),
  16,
);

const rows = ['id,name,local_name,country,lat,lon,kind,population,source,notes'];
for (let i = 0; i < 50_000; i++) {
  rows.push(
    `c${i},City ${i},,VN,${(i % 170) - 85}.5,${(i % 350) - 175}.25,city,${i * 10},GeoNames,"a note, quoted"`,
  );
}
const csv = rows.join('\n');
report(
  `Loading a ${(csv.length / 1e6).toFixed(1)} MB cities.csv of 50,000 rows`,
  median(() => loadDataset({ cities: csv })),
  'papaparse alone (header: true)',
  median(() => Papa.parse(csv, { header: true })),
);

// The graph: metrics on the main thread, the layout in a worker (timed here in Node).
const graphData = syntheticDataset(5_000, 50_000, 0, 2);
const graph = buildNetwork(graphData, DEFAULT_FILTERS);
console.log(`\nSynthetic graph: ${graph.nodes.length} cities, ${graph.edges.length} links.`);
report(
  'Metrics (degree, weighted degree, sampled betweenness, Louvain groups)',
  median(() => computeMetrics(graph), 3),
  'the same with betweenness from one source only (degrees and Louvain groups)',
  median(() => computeMetrics(graph, { sampleAbove: 0, samples: 1 }), 3),
  1000,
);
const request: LayoutRequest = {
  start: 'geographic',
  nodes: graph.nodes.map((n) => ({ id: n.id, lon: n.city.lon, lat: n.city.lat })),
  links: graph.edges.map((e) => ({ source: e.source, target: e.target, weight: edgeWeight(e) })),
};
report(
  'Force layout in the worker (runs off the main thread)',
  median(() => runLayout(request), 1),
  'metrics of the same graph',
  median(() => computeMetrics(graph), 1),
);

// The pairing planner: its index is built once per filter change, then each question reuses it.
const planned = plannerDataset({
  japanese: 2_000,
  overseas: 8_000,
  workshops: 2_000,
  partnerships: 55_000,
  seed: 1,
});
const plannedNetwork = buildNetwork(planned, DEFAULT_FILTERS);
const planIndex = planningIndex(planned, DEFAULT_FILTERS);
const plan = { weights: DEFAULT_WEIGHTS, scope: 'across', limit: 5 } as const;
const busiest = planIndex.cities.reduce((a, b) => (b.partners > a.partners ? b : a));
const learner = planIndex.cities.find((c) => !c.japanese && c.workshops.size > 0)!;
const byPartners = (city: CityFacts) => () =>
  planIndex.cities
    .filter((c) => c.japanese !== city.japanese)
    .sort((a, b) => b.partners - a.partners)
    .slice(0, plan.limit);
console.log(
  `\nPlanner data: ${planned.cities.length} cities, ${plannedNetwork.edges.length} links ` +
    `(${planned.partnerships.length} partnerships, ${planned.workshops.length} workshops).`,
);
report(
  'Planning index (once per data or filter change)',
  median(() => planningIndex(planned, DEFAULT_FILTERS), 3),
  'buildNetwork of the same data',
  median(() => buildNetwork(planned, DEFAULT_FILTERS), 3),
);
for (const city of [busiest, learner])
  report(
    `Suggestions for one city: ${city.japanese ? 'the busiest Japanese city' : 'an overseas city'} ` +
      `(${city.partners} partners, ${city.workshops.size} workshops) among ` +
      `${city.japanese ? planned.cities.length - planIndex.japaneseCities : planIndex.japaneseCities} candidates`,
    median(() => suggestPartners(planIndex, city.id, plan)),
    'sorting the same candidates by partner count',
    median(byPartners(city)),
    100,
  );
const gapCount = partnershipGaps(planIndex, plan).length;
report(
  `Gaps list (${gapCount} overseas cities without a Japanese partner, each with its best suggestion)`,
  median(() => partnershipGaps(planIndex, plan), 3),
  'buildNetwork of the same data',
  median(() => buildNetwork(planned, DEFAULT_FILTERS), 3),
  1000,
);
