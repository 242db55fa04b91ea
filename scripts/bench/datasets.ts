/**
 * The benchmark's datasets: made by the project's generator (`src/cli/gen.ts`), then read back
 * with the app's own loader so the baseline pages draw exactly the links the app shows.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_FILTERS } from '../../src/domain/filters';
import { buildNetwork } from '../../src/domain/network';
import { EDGE_KINDS } from '../../src/domain/types';
import { readFolder } from '../../src/cli/readFolder';
import { loadDataset } from '../../src/io/load';
import type { BenchNetwork } from './pages/network';

/** A dataset size: the generator's arguments, named by its cities and links. */
export interface DatasetSize {
  name: string;
  cities: number;
  workshops: number;
  partnerships: number;
  seed: number;
}

/**
 * About 1k cities / 10k links, 5k / 50k and 10k / 100k. Workshops add co-attendance links
 * between all their cities, so a few of them stand for many links: the partnerships make up the
 * rest (counts checked against the network the app builds; see the progress lines).
 */
export const SIZES: readonly DatasetSize[] = [
  { name: '1k', cities: 1_000, workshops: 250, partnerships: 8_000, seed: 1 },
  { name: '5k', cities: 5_000, workshops: 1_000, partnerships: 37_000, seed: 1 },
  { name: '10k', cities: 10_000, workshops: 1_850, partnerships: 70_000, seed: 1 },
];

/**
 * Run when asked by name (`--sizes 16k`): shaped as a worldwide list of city pairs kept in one
 * sheet (16,000 cities, 23,000 pairs, no workshops), standing in for the real list the issue
 * measured, which is not bundled.
 */
export const PAIRS_LIST: DatasetSize = {
  name: '16k',
  cities: 16_000,
  workshops: 0,
  partnerships: 23_000,
  seed: 1,
};

/** Every size that can be asked for by name. */
export const NAMED_SIZES: readonly DatasetSize[] = [...SIZES, PAIRS_LIST];

/** The file, beside the CSVs, that the baseline pages read. */
export const NETWORK_FILE = 'bench-network.json';

/** What a prepared dataset holds, as counted by the app's own loader. */
export interface PreparedDataset {
  size: DatasetSize;
  folder: string;
  cities: number;
  links: number;
}

const sameSize = (a: DatasetSize, b: DatasetSize) =>
  a.cities === b.cities &&
  a.workshops === b.workshops &&
  a.partnerships === b.partnerships &&
  a.seed === b.seed;

/**
 * Generates `size` into `root/<name>` unless a folder made with the same arguments is there, and
 * writes the network the app shows with the default filters as `NETWORK_FILE`.
 */
export function prepareDataset(root: string, size: DatasetSize): PreparedDataset {
  const folder = join(root, size.name);
  const stamp = join(folder, 'bench-size.json');
  const networkPath = join(folder, NETWORK_FILE);
  const reusable =
    existsSync(stamp) &&
    existsSync(networkPath) &&
    sameSize(JSON.parse(readFileSync(stamp, 'utf8')) as DatasetSize, size);
  if (!reusable) {
    mkdirSync(folder, { recursive: true });
    const args = ['--cities', size.cities, '--workshops', size.workshops];
    args.push('--partnerships', size.partnerships, '--seed', size.seed);
    // The generator as `npm run gen` runs it, without npm's own output.
    const result = spawnSync(
      'node_modules/.bin/tsx',
      ['src/cli/gen.ts', ...args.map(String), folder],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`gen failed: ${result.stderr}`);
    console.log(`  ${result.stdout.trim()}`);
    writeFileSync(networkPath, JSON.stringify(networkOf(folder)));
    writeFileSync(stamp, JSON.stringify(size));
  }
  const network = JSON.parse(readFileSync(networkPath, 'utf8')) as BenchNetwork;
  return { size, folder, cities: network.cities.length / 2, links: network.links.length / 3 };
}

/** The default view's network of the CSVs in `folder`, compact, for the baseline pages. */
function networkOf(folder: string): BenchNetwork {
  const read = readFolder(folder);
  if (!read.ok) throw new Error(`cannot read ${folder}`);
  const { dataset } = loadDataset(read.texts);
  const network = buildNetwork(dataset, DEFAULT_FILTERS);
  const indexOf = new Map(network.nodes.map((node, i) => [node.id, i]));
  const cities = network.nodes.flatMap((node) => [node.city.lon, node.city.lat]);
  const links: number[] = [];
  for (const edge of network.edges) {
    const source = indexOf.get(edge.source);
    const target = indexOf.get(edge.target);
    if (source === undefined || target === undefined) continue;
    links.push(source, target, EDGE_KINDS.indexOf(edge.kind));
  }
  return { cities, links };
}
