/**
 * `npm run bench`: medians of the app's heavy steps on synthetic data, each beside a baseline
 * measured in the same run on the same machine, so the ratio means something on any machine.
 */
import { greatCircle } from '@turf/turf';
import Papa from 'papaparse';
import { DEFAULT_FILTERS } from '../domain/filters';
import { computeMetrics } from '../domain/metrics';
import { buildNetwork, edgeWeight } from '../domain/network';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Graph from 'graphology';
import { initialPositions, layoutSteps } from '../graph/layout';
import { packLayout, type LayoutRequest } from '../graph/protocol';
import { exportCsv } from '../io/export';
import type { DataFile } from '../io/issues';
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
/** ForceAtlas2's budget of iterations, and how many run between two quality measurements. */
const FA2_ITERATIONS = 200;
const FA2_CHUNK = 25;

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

// Clustering: the places are indexed once per dataset; each whole zoom level's clusters are
// worked out once, and each network (a filter change) takes its dropped places out of them and
// joins its links anew.
const clusterInput = { dataset, network, palette, selectedCityId: null, highlight: null };
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
const waste = { ...DEFAULT_FILTERS, themes: ['waste'], years: { from: 2010, to: 2018 } };
const wasteInput = { ...clusterInput, network: buildNetwork(dataset, waste) };
let ticks = 0;
report(
  'Clusters + joined links after a filter change (theme + years), index kept',
  median(() => tracker(ticks++ % 2 === 0 ? wasteInput : clusterInput, 3), 5),
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

report(
  'buildNetwork after a filter change (theme + years)',
  median(() => buildNetwork(dataset, waste)),
  'one pass over the partnerships reading their themes',
  median(() => dataset.partnerships.filter((p) => p.themes.includes('waste')).length),
  16,
);

// The load: parse, validate and index, against papaparse alone reading the same bytes into rows
// of named cells, as an app would (`header: true`, the delimiter and line end given, as the
// loader gives them after detecting them). Runs alternate, so both see the same machine load.
const PAPAPARSE = 'papaparse alone on the same text (header: true, delimiter and newline given)';
const LOAD_TARGET = 1.5;

/** Medians of `work` and `baseline`, measured in alternation, and the median of their ratios. */
function paired(work: () => unknown, baseline: () => unknown, runs = RUNS) {
  work();
  baseline();
  const ours: number[] = [];
  const theirs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    const middle = performance.now();
    baseline();
    const end = performance.now();
    ours.push(middle - start);
    theirs.push(end - middle);
    ratios.push((middle - start) / (end - middle));
  }
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { ms: mid(ours), baselineMs: mid(theirs), ratio: mid(ratios) };
}

function reportLoad(name: string, texts: Partial<Record<DataFile, string>>): void {
  const papaparse = () => {
    for (const text of Object.values(texts)) {
      Papa.parse(text, {
        header: true,
        delimiter: ',',
        newline: text.includes('\r\n') ? '\r\n' : '\n',
      });
    }
  };
  const { ms, baselineMs, ratio } = paired(() => loadDataset(texts), papaparse);
  const mb = Object.values(texts).reduce((sum, text) => sum + text.length, 0) / 1e6;
  console.log(`${name} (${mb.toFixed(1)} MB): ${ms.toFixed(1)} ms median`);
  console.log(
    `  baseline, ${PAPAPARSE}: ${baselineMs.toFixed(1)} ms → ratio ${(ms / baselineMs).toFixed(2)} ` +
      `(median of paired runs ${ratio.toFixed(2)}; target ${LOAD_TARGET} ×: ` +
      `${ratio <= LOAD_TARGET ? 'within' : 'OVER'})`,
  );
}

const rows = ['id,name,local_name,country,lat,lon,kind,population,source,notes'];
for (let i = 0; i < 50_000; i++) {
  rows.push(
    `c${i},City ${i},,VN,${(i % 170) - 85}.5,${(i % 350) - 175}.25,city,${i * 10},GeoNames,"a note, quoted"`,
  );
}
reportLoad('Loading a cities.csv of 50,000 rows', { cities: rows.join('\n') });
reportLoad(
  'Loading three files: 5,000 cities, 1,000 workshops, 50,000 partnerships',
  exportCsv(syntheticDataset(5_000, 50_000, 1_000, 3)),
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
compareLayouts(
  packLayout(
    graph.nodes.map((n) => ({ id: n.id, lon: n.city.lon, lat: n.city.lat })),
    graph.edges.map((e) => ({ source: e.source, target: e.target, weight: edgeWeight(e) })),
    'geographic',
  ),
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

/**
 * The layout's quality, whatever its scale: the median length of the links over the median
 * distance between random pairs of nodes (lower: linked cities sit closer together, relative to
 * the spread of the whole layout). `positions` holds x, y of each node in turn.
 */
function linkLengthQuality(positions: ArrayLike<number>, links: [number, number][]): number {
  const distance = (a: number, b: number) =>
    Math.hypot(
      positions[2 * a]! - positions[2 * b]!,
      positions[2 * a + 1]! - positions[2 * b + 1]!,
    );
  const nodes = positions.length / 2;
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) % nodes;
  const pairs = Array.from({ length: 20_000 }, () => distance(random(), random()));
  const middle = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
  return middle(links.map(([a, b]) => distance(a, b))) / middle(pairs);
}

/** When each snapshot of a layout was taken (ms from the start) and its quality. */
type Snapshot = { ms: number; quality: number };

/**
 * The first snapshot within 10 % of the final quality: the layout is then usable (its shape no
 * longer changes much), though it goes on refining.
 */
function firstUsable(snapshots: Snapshot[]): Snapshot {
  const final = snapshots.at(-1)!.quality;
  return snapshots.find((s) => Math.abs(s.quality - final) <= 0.1 * final) ?? snapshots.at(-1)!;
}

/** d3-force (the app's layout, as its worker runs it) against ForceAtlas2, from the same start. */
function compareLayouts(request: LayoutRequest): void {
  const cities = request.radii.length;
  const links = Array.from(request.weights, (_, j): [number, number] => [
    request.ends[2 * j]!,
    request.ends[2 * j + 1]!,
  ]);
  const start = initialPositions(request);
  console.log(
    `\nLayouts of ${cities} cities / ${links.length} links, from the same geographic ` +
      'start, one run each (seconds long); quality = median link length / median distance ' +
      'between random pairs, lower is better; "usable" = within 10 % of its final quality.',
  );

  // The layout's own time: the quality of each snapshot is measured outside it.
  const d3: Snapshot[] = [];
  let layoutMs = 0;
  const steps = layoutSteps(request);
  for (;;) {
    const stepStart = performance.now();
    const step = steps.next();
    layoutMs += performance.now() - stepStart;
    if (step.done) {
      d3.push({ ms: layoutMs, quality: linkLengthQuality(step.value, links) });
      break;
    }
    if (step.value?.type === 'positions' && !step.value.final) {
      d3.push({ ms: layoutMs, quality: linkLengthQuality(step.value.positions, links) });
    }
  }

  // ForceAtlas2 with the settings its authors infer for the graph's size (Barnes-Hut above 2,000
  // nodes), run in chunks of iterations; it has no cooling, so its end is a budget.
  const graphology = new Graph({ type: 'undirected', multi: true });
  for (let i = 0; i < cities; i++) graphology.addNode(i, { x: start[2 * i], y: start[2 * i + 1] });
  links.forEach(([source, target], j) =>
    graphology.addEdge(source, target, { weight: request.weights[j] }),
  );
  const settings = forceAtlas2.inferSettings(graphology);
  const fa2: Snapshot[] = [];
  const positions = new Float64Array(cities * 2);
  let elapsed = 0;
  for (let done = 0; done < FA2_ITERATIONS; done += FA2_CHUNK) {
    const chunkStart = performance.now();
    forceAtlas2.assign(graphology, { iterations: FA2_CHUNK, settings, getEdgeWeight: 'weight' });
    elapsed += performance.now() - chunkStart;
    for (let i = 0; i < cities; i++) {
      positions[2 * i] = graphology.getNodeAttribute(i, 'x') as number;
      positions[2 * i + 1] = graphology.getNodeAttribute(i, 'y') as number;
    }
    fa2.push({ ms: elapsed, quality: linkLengthQuality(positions, links) });
  }

  const curve = (snapshots: Snapshot[]) =>
    snapshots.map((s) => `${(s.ms / 1000).toFixed(1)} s: ${s.quality.toFixed(3)}`).join(', ');
  console.log(
    `  d3-force (${cities > 1000 ? "the app's ticks for this size" : '300 ticks'}): ${curve(d3)}`,
  );
  console.log(
    `  ForceAtlas2 (${FA2_ITERATIONS} iterations in chunks of ${FA2_CHUNK}): ${curve(fa2)}`,
  );
  const [d3Usable, fa2Usable] = [firstUsable(d3), firstUsable(fa2)];
  const [d3Final, fa2Final] = [d3.at(-1)!, fa2.at(-1)!];
  console.log(
    `  usable first layout: d3-force ${d3Usable.ms.toFixed(0)} ms (quality ${d3Usable.quality.toFixed(3)}), ` +
      `ForceAtlas2 ${fa2Usable.ms.toFixed(0)} ms (${fa2Usable.quality.toFixed(3)}) → ratio FA2/d3 ` +
      `${(fa2Usable.ms / d3Usable.ms).toFixed(2)}`,
  );
  console.log(
    `  final layout: d3-force ${d3Final.ms.toFixed(0)} ms (quality ${d3Final.quality.toFixed(3)}), ` +
      `ForceAtlas2 ${fa2Final.ms.toFixed(0)} ms (${fa2Final.quality.toFixed(3)}) → ratio FA2/d3 ` +
      `${(fa2Final.ms / d3Final.ms).toFixed(2)}`,
  );
}
