/**
 * `npm run bench:planner [-- --tune]`: how good the pairing planner is, honestly measured. Each
 * existing Japan–overseas pair (active or ended partnerships) is hidden in turn; the planner then
 * ranks the candidates of each side (the overseas city's Japanese candidates, and the Japanese
 * city's overseas ones), and we count how often the hidden partner comes in the top 3 and top 5.
 * Beside it, in the same run and on the same candidates: a seeded random order, and "most
 * partners first". Prints a Markdown table for the README. `--tune` searches the weights on
 * generated data (other seeds than the table's) and prints the best.
 */
import { regionOf } from '../domain/countries';
import { createDataset, type Dataset } from '../domain/dataset';
import { DEFAULT_FILTERS } from '../domain/filters';
import {
  DEFAULT_WEIGHTS,
  planningIndex,
  SCORE_PARTS,
  suggestPartners,
  type PartScores,
  type PlanningIndex,
  type Weights,
} from '../domain/planner';
import { seededRandom } from '../domain/random';
import { loadDataset } from '../io/load';
import { readFolder } from './readFolder';
import { plannerDataset, type PlannerDataOptions } from './synthetic';

const SHUFFLES = 20;
const GENERATED: PlannerDataOptions = {
  japanese: 30,
  overseas: 120,
  workshops: 60,
  partnerships: 160,
  seed: 1,
};
const TUNING_SEEDS = [101, 102, 103];

/** A hidden pair, ranked from one side: the city asking, and the partner we hid. */
interface Fold {
  index: PlanningIndex;
  cityId: string;
  hiddenId: string;
}

type Side = 'overseas' | 'japanese';

/** Every Japan–overseas pair with an active or ended partnership, each once, in data order. */
function tiedPairs(dataset: Dataset): [japanese: string, overseas: string][] {
  const japanese = (id: string) => regionOf(dataset.cityById.get(id)?.country ?? '') === 'japan';
  const pairs = new Map<string, [string, string]>();
  for (const p of dataset.partnerships) {
    if (p.status === 'proposed' || japanese(p.cityAId) === japanese(p.cityBId)) continue;
    const pair: [string, string] = japanese(p.cityAId)
      ? [p.cityAId, p.cityBId]
      : [p.cityBId, p.cityAId];
    pairs.set(pair.join('~'), pair);
  }
  return [...pairs.values()];
}

/** One fold per pair and side: the dataset without every tie of that pair. */
function folds(dataset: Dataset, side: Side): Fold[] {
  return tiedPairs(dataset).map(([japanese, overseas]) => {
    const rest = dataset.partnerships.filter(
      (p) =>
        p.status === 'proposed' ||
        !(
          (p.cityAId === japanese && p.cityBId === overseas) ||
          (p.cityAId === overseas && p.cityBId === japanese)
        ),
    );
    const index = planningIndex(
      createDataset(dataset.cities, dataset.workshops, rest),
      DEFAULT_FILTERS,
    );
    return side === 'overseas'
      ? { index, cityId: overseas, hiddenId: japanese }
      : { index, cityId: japanese, hiddenId: overseas };
  });
}

/** Every candidate of a fold with its parts (weights all 1, so that none is left out). */
function candidates(fold: Fold): { cityId: string; parts: PartScores }[] {
  const all = { themeFit: 1, proximity: 1, capacity: 1, continuity: 1 };
  return suggestPartners(fold.index, fold.cityId, {
    weights: all,
    scope: 'across',
    limit: Infinity,
  }).suggestions.map(({ cityId, parts }) => ({ cityId, parts }));
}

/** Hits in the top 3 and top 5, over folds. */
interface Hits {
  top3: number;
  top5: number;
  folds: number;
}

const rankOf = (order: readonly string[], id: string) => order.indexOf(id);
const tally = (hits: Hits, rank: number, share = 1) => {
  if (rank >= 0 && rank < 3) hits.top3 += share;
  if (rank >= 0 && rank < 5) hits.top5 += share;
};

/** The planner (with `weights`, through the public API) and both baselines, on `folds`. */
function measure(list: readonly Fold[], weights: Weights) {
  const planner: Hits = { top3: 0, top5: 0, folds: list.length };
  const random: Hits = { ...planner };
  const busiest: Hits = { ...planner };
  const random01 = seededRandom(7);
  let pool = 0;
  for (const fold of list) {
    const ranked = suggestPartners(fold.index, fold.cityId, {
      weights,
      scope: 'across',
      limit: Infinity,
    }).suggestions.map((s) => s.cityId);
    tally(planner, rankOf(ranked, fold.hiddenId));
    const ids = candidates(fold).map((c) => c.cityId);
    pool += ids.length;
    const partners = (id: string) => fold.index.cityById.get(id)!.partners;
    for (let s = 0; s < SHUFFLES; s++) {
      const keys = new Map(ids.map((id) => [id, random01()]));
      const shuffled = [...ids].sort((a, b) => keys.get(a)! - keys.get(b)!);
      tally(random, rankOf(shuffled, fold.hiddenId), 1 / SHUFFLES);
      // Ties in partner count in the same random order, so the baseline is not helped by ids.
      const byLoad = [...shuffled].sort((a, b) => partners(b) - partners(a));
      tally(busiest, rankOf(byLoad, fold.hiddenId), 1 / SHUFFLES);
    }
  }
  return { planner, random, busiest, meanCandidates: pool / Math.max(1, list.length) };
}

const percent = (value: number, of: number) =>
  of === 0 ? '–' : `${Math.round((100 * value) / of)}%`;

function row(data: string, side: Side, list: readonly Fold[]): string {
  const { planner, random, busiest, meanCandidates } = measure(list, DEFAULT_WEIGHTS);
  const cells = [planner, random, busiest].flatMap((h) => [
    percent(h.top3, h.folds),
    percent(h.top5, h.folds),
  ]);
  const asking = side === 'overseas' ? 'overseas city → Japanese' : 'Japanese city → overseas';
  return `| ${data} | ${asking} | ${list.length} | ${meanCandidates.toFixed(0)} | ${cells.join(' | ')} |`;
}

/** Share of folds with the hidden partner in the top 3 and top 5, for `weights`, from parts. */
function quality(
  scored: readonly { parts: PartScores; cityId: string }[][],
  hidden: string[],
  weights: Weights,
): number {
  let hits = 0;
  scored.forEach((list, i) => {
    const score = (parts: PartScores) =>
      Math.round(SCORE_PARTS.reduce((sum, part) => sum + weights[part] * parts[part], 0) * 1e12);
    const order = [...list]
      .map((c) => ({ id: c.cityId, score: score(c.parts) }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    const rank = order.findIndex((c) => c.id === hidden[i]);
    if (rank >= 0 && rank < 3) hits += 1;
    if (rank >= 0 && rank < 5) hits += 1;
  });
  return hits / (2 * scored.length);
}

/**
 * Searches a grid of weights on generated data; prints the best, the best for each capacity
 * weight (what spreading the load costs), and each part alone and left out of the defaults.
 */
function tune(): void {
  const list = TUNING_SEEDS.flatMap((seed) =>
    (['overseas', 'japanese'] as const).flatMap((side) =>
      folds(plannerDataset({ ...GENERATED, seed }), side),
    ),
  );
  const scored = list.map(candidates);
  const hidden = list.map((fold) => fold.hiddenId);
  const value = (weights: Weights) => `${(100 * quality(scored, hidden, weights)).toFixed(1)}%`;
  const grid = [0, 0.25, 0.5, 1, 2];
  const results: { weights: Weights; value: number }[] = [];
  for (const themeFit of grid)
    for (const proximity of grid)
      for (const capacity of [0, 0.1, 0.25, 0.5, 1])
        for (const continuity of grid) {
          const weights = { themeFit, proximity, capacity, continuity };
          if (SCORE_PARTS.every((part) => weights[part] === 0)) continue;
          results.push({ weights, value: quality(scored, hidden, weights) });
        }
  results.sort((a, b) => b.value - a.value);
  const show = (weights: Weights) => `  ${JSON.stringify(weights)}: ${value(weights)}`;
  console.log(
    `Tuning on generated seeds ${TUNING_SEEDS.join(', ')}: ${list.length} folds, both sides;`,
  );
  console.log('each figure is the mean of the top-3 and top-5 rates.');
  console.log(`DEFAULT_WEIGHTS:\n${show(DEFAULT_WEIGHTS)}\nBest:`);
  for (const { weights } of results.slice(0, 5)) console.log(show(weights));
  console.log('Best for each capacity weight (what spreading the load costs):');
  for (const capacity of [0.1, 0.25, 0.5, 1])
    console.log(show(results.find((r) => r.weights.capacity === capacity)!.weights));
  for (const part of SCORE_PARTS) {
    const only = { themeFit: 0, proximity: 0, capacity: 0, continuity: 0, [part]: 1 };
    console.log(
      `  ${part} alone: ${value(only)}; the defaults without it: ${value({ ...DEFAULT_WEIGHTS, [part]: 0 })}`,
    );
  }
}

function main(args: string[]): void {
  if (args.includes('--tune')) return tune();
  const folder = readFolder('data');
  if (!folder.ok) throw new Error('bench:planner needs the bundled data/ folder');
  const bundled = loadDataset(folder.texts).dataset;
  const generated = plannerDataset(GENERATED);
  const sizes = (d: Dataset) =>
    `${d.cities.length} cities, ${d.workshops.length} workshops, ${d.partnerships.length} partnerships`;
  console.log(
    `Bundled data: ${sizes(bundled)}. Generated (seed ${GENERATED.seed}): ${sizes(generated)}.`,
  );
  console.log(
    `Weights: ${JSON.stringify(DEFAULT_WEIGHTS)}; random and tie orders: ${SHUFFLES} seeded shuffles per pair.\n`,
  );
  console.log(
    '| data | ranking | pairs hidden | candidates (mean) | planner top 3 | planner top 5 | random top 3 | random top 5 | most partners first top 3 | most partners first top 5 |',
  );
  console.log('| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: |');
  for (const [name, dataset] of [
    ['bundled', bundled],
    ['generated', generated],
  ] as const)
    for (const side of ['overseas', 'japanese'] as const)
      console.log(row(name, side, folds(dataset, side)));
}

main(process.argv.slice(2));
