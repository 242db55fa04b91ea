import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/domain/dataset';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import {
  computeMetrics,
  NODE_METRICS,
  rankCities,
  type NetworkMetrics,
} from '../../../src/domain/metrics';
import { buildNetwork, type Network, type NetworkEdge } from '../../../src/domain/network';
import { cityInsights } from '../../../src/domain/profile';
import { createTranslator } from '../../../src/i18n/core';
import { insightText } from '../../../src/ui/CityProfilePanel';
import { makeCity, makePartnership, makeWorkshop } from '../../support/records';

/** The insights on a city's place in the network as the profile words them, in English by default. */
function describeCity(id: string, metrics: NetworkMetrics, language: 'en' | 'ja' = 'en') {
  const t = createTranslator(language).getFixedT(language, 'profile');
  return cityInsights(id, metrics).map((insight) => insightText(t, insight));
}

// Hand-made datasets, small enough to compute every value on paper.
const city = (id: string, country = 'JP') => makeCity({ id, name: id, country, kind: 'city' });
const workshop = (id: string, hosts: string[], participants: string[]) =>
  makeWorkshop({
    id,
    title: id,
    themes: ['waste'],
    startDate: '2019-05-01',
    hostCityIds: hosts,
    participantCityIds: participants,
  });
let partnershipCount = 0;
const partnership = (a: string, b: string) =>
  makePartnership({
    id: `p${partnershipCount++}`,
    cityAId: a,
    cityBId: b,
    themes: ['energy'],
    startYear: 2015,
    type: 'mou',
  });

/** A network of partnerships only: `pairs` as `a-b`, plus cities with no link. */
function partnerships(pairs: string[], unlinked: string[] = []): Network {
  const ids = new Set(unlinked);
  const records = pairs.map((pair) => {
    const [a, b] = pair.split('-') as [string, string];
    ids.add(a);
    ids.add(b);
    return partnership(a, b);
  });
  return buildNetwork(
    createDataset(
      [...ids].map((id) => city(id)),
      [],
      records,
    ),
    DEFAULT_FILTERS,
  );
}

const of = (metrics: NetworkMetrics, id: string) => metrics.byCity.get(id)!;

describe('computeMetrics on hand-computed graphs', () => {
  it('lists the metrics a view can choose from', () => {
    expect(NODE_METRICS).toEqual(['degree', 'weightedDegree', 'betweenness', 'community']);
  });

  it('gives the middle of a path a–b–c two partners and every shortest path', () => {
    const metrics = computeMetrics(partnerships(['a-b', 'b-c']));
    expect(of(metrics, 'b')).toMatchObject({ degree: 2, weightedDegree: 2, betweenness: 1 });
    expect(of(metrics, 'a')).toMatchObject({ degree: 1, weightedDegree: 1, betweenness: 0 });
    expect(metrics.approximate).toBe(false);
  });

  it('puts the centre of a star between every pair of leaves', () => {
    const metrics = computeMetrics(partnerships(['h-a', 'h-b', 'h-c', 'h-d', 'h-e']));
    expect(of(metrics, 'h')).toMatchObject({ degree: 5, betweenness: 1 });
    for (const leaf of ['a', 'b', 'c', 'd', 'e']) {
      expect(of(metrics, leaf)).toMatchObject({ degree: 1, betweenness: 0 });
    }
  });

  it('counts a partner linked by several kinds once, and sums the records behind the kinds', () => {
    // h–p: two partnerships and one workshop (h hosts p) → one partner, three records.
    // h–q: one workshop → one more partner, one record. p–q attended w1 together: one record.
    const network = buildNetwork(
      createDataset(
        [city('h'), city('p', 'VN'), city('q', 'TH')],
        [workshop('w1', ['h'], ['p', 'q'])],
        [partnership('h', 'p'), partnership('p', 'h')],
      ),
      DEFAULT_FILTERS,
    );
    expect(network.edges.filter((e) => e.source === 'h' && e.target === 'p')).toHaveLength(2);
    const metrics = computeMetrics(network);
    expect(of(metrics, 'h')).toMatchObject({ degree: 2, weightedDegree: 4 });
    expect(of(metrics, 'p')).toMatchObject({ degree: 2, weightedDegree: 4 });
    expect(of(metrics, 'q')).toMatchObject({ degree: 2, weightedDegree: 2 });
  });

  it('gives a city without links zeros and a group of its own', () => {
    const metrics = computeMetrics(partnerships(['a-b', 'b-c'], ['alone']));
    expect(of(metrics, 'alone')).toEqual({
      degree: 0,
      weightedDegree: 0,
      betweenness: 0,
      community: 1,
      bridges: 0,
    });
    expect(metrics.communities).toBe(2);
    expect(metrics.communitySizes).toEqual([3, 1]);
    expect(describeCity('alone', metrics)).toEqual(['No links to other cities in this view.']);
  });

  it('measures an empty network without failing', () => {
    const metrics = computeMetrics({ nodes: [], edges: [] });
    expect(metrics).toEqual({
      byCity: new Map(),
      communities: 0,
      communitySizes: [],
      approximate: false,
    });
  });

  it('ignores edges to cities that are not nodes of the network', () => {
    const network = partnerships(['a-b']);
    const stray: NetworkEdge = { ...network.edges[0]!, id: 'x', target: 'ghost' };
    const metrics = computeMetrics({ ...network, edges: [...network.edges, stray] });
    expect(of(metrics, 'a').degree).toBe(1);
    expect(metrics.byCity.has('ghost')).toBe(false);
  });
});

describe('communities', () => {
  // Two groups of five cities, each linked all to all, joined only by a1–b1.
  const clique = (prefix: string) => {
    const pairs: string[] = [];
    for (let i = 1; i <= 5; i++)
      for (let j = i + 1; j <= 5; j++) pairs.push(`${prefix}${i}-${prefix}${j}`);
    return pairs;
  };
  const network = partnerships([...clique('a'), ...clique('b'), 'a1-b1']);
  const metrics = computeMetrics(network);

  it('finds the two groups joined by one link', () => {
    expect(metrics.communities).toBe(2);
    expect(metrics.communitySizes).toEqual([5, 5]);
    const a = of(metrics, 'a3').community;
    const b = of(metrics, 'b3').community;
    expect(a).not.toBe(b);
    for (let i = 1; i <= 5; i++) {
      expect(of(metrics, `a${i}`).community).toBe(a);
      expect(of(metrics, `b${i}`).community).toBe(b);
    }
    // Groups of equal size are numbered by the first city in network order.
    expect(a).toBe(0);
  });

  it('counts the other groups a city links to', () => {
    expect(of(metrics, 'a1').bridges).toBe(1);
    expect(of(metrics, 'b1').bridges).toBe(1);
    expect(of(metrics, 'a2').bridges).toBe(0);
  });

  it('tells a programme officer that the bridge city links two groups, in plain words', () => {
    const sentences = describeCity('a1', metrics);
    expect(sentences).toContain('Links 2 groups of cities that otherwise have few ties.');
    expect(describeCity('a2', metrics).some((s) => s.startsWith('Links'))).toBe(false);
    for (const sentence of [...sentences, ...describeCity('a2', metrics)]) {
      expect(sentence).not.toMatch(/betweenness|centrality|degree|community|modularity/i);
    }
  });

  it('does not call a city a link between groups when its partners are linked directly', () => {
    // c attended with a1 and b1, who are partners themselves: nothing passes through c.
    const withC = computeMetrics(
      partnerships([...clique('a'), ...clique('b'), 'a1-b1', 'c-a1', 'c-b1']),
    );
    expect(of(withC, 'c')).toMatchObject({ bridges: 1, betweenness: 0 });
    expect(describeCity('c', withC).some((s) => s.startsWith('Links'))).toBe(false);
  });

  it('gives the same groups and values on every run', () => {
    const again = computeMetrics(network);
    expect([...again.byCity]).toEqual([...metrics.byCity]);
    const big = randomNetwork(300, 900, 7);
    expect([...computeMetrics(big).byCity]).toEqual([...computeMetrics(big).byCity]);
  });
});

describe('describeCity', () => {
  it('ranks the best-connected cities and names hubs', () => {
    // h has 6 partners, k has 4 (one shared with h), the rest 1 or 2.
    const metrics = computeMetrics(
      partnerships(['h-a', 'h-b', 'h-c', 'h-d', 'h-e', 'h-k', 'k-f', 'k-g', 'k-a']),
    );
    expect(describeCity('h', metrics)).toContain('The best-connected city: 6 partner cities.');
    expect(describeCity('h', metrics)).toContain(
      'A hub: 6 records of collaboration with its partner cities.',
    );
    expect(describeCity('k', metrics)[0]).toBe(
      'One of the 3 best-connected cities: 4 partner cities.',
    );
    expect(describeCity('f', metrics)[0]).toBe('Works with 1 partner city.');
    expect(describeCity('f', metrics)[1]).toBe(
      '1 record of collaboration with its partner cities.',
    );
    expect(describeCity('nowhere', metrics)).toEqual([]);
  });

  it('returns data for the UI to word, not sentences', () => {
    const metrics = computeMetrics(
      partnerships(['h-a', 'h-b', 'h-c', 'h-d', 'h-e', 'h-k', 'k-f', 'k-g', 'k-a']),
    );
    expect(cityInsights('h', metrics)).toEqual([
      { kind: 'partners', count: 6, top: 1 },
      { kind: 'records', count: 6, hub: true },
      { kind: 'bridges', groups: 2 },
    ]);
    expect(cityInsights('k', metrics)[0]).toEqual({ kind: 'partners', count: 4, top: 3 });
    expect(cityInsights('f', metrics)).toEqual([
      { kind: 'partners', count: 1, top: null },
      { kind: 'records', count: 1, hub: false },
    ]);
  });

  it('reads in Japanese in the Japanese profile', () => {
    const metrics = computeMetrics(
      partnerships(['h-a', 'h-b', 'h-c', 'h-d', 'h-e', 'h-k', 'k-f', 'k-g', 'k-a']),
    );
    expect(describeCity('h', metrics, 'ja')[0]).toBe('連携都市数が最も多い都市です（6都市）。');
    expect(describeCity('f', metrics, 'ja')[0]).toBe('1都市と連携しています。');
  });
});

describe('rankCities', () => {
  it('sorts by the chosen measure, with equal values sharing a rank', () => {
    const network = partnerships(['h-a', 'h-b', 'h-c', 'a-b']);
    const rows = rankCities(network, computeMetrics(network), 'degree');
    expect(rows.map((r) => [r.id, r.rank, r.value])).toEqual([
      ['h', 1, 3],
      ['a', 2, 2],
      ['b', 2, 2],
      ['c', 4, 1],
    ]);
    expect(rankCities(network, computeMetrics(network), 'degree', 2)).toHaveLength(2);
  });
});

/** A random connected network: a random tree for connectivity, then random extra links. */
function randomNetwork(nodes: number, links: number, seed: number): Network {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pairs = new Set<string>();
  const add = (a: number, b: number) => {
    if (a !== b) pairs.add(a < b ? `n${a}-n${b}` : `n${b}-n${a}`);
  };
  for (let i = 1; i < nodes; i++) add(i, Math.floor(random() * i));
  while (pairs.size < links) add(Math.floor(random() * nodes), Math.floor(random() * nodes));
  return partnerships([...pairs]);
}

describe('sampled betweenness', () => {
  const network = randomNetwork(400, 1200, 3);
  const exact = computeMetrics(network);
  const sampled = computeMetrics(network, { sampleAbove: 100, samples: 150, seed: 5 });

  it('says when betweenness was estimated', () => {
    expect(exact.approximate).toBe(false);
    expect(sampled.approximate).toBe(true);
    // Sampling as many sources as there are cities is exact, and says so.
    expect(computeMetrics(network, { sampleAbove: 100, samples: 400 }).approximate).toBe(false);
  });

  it('stays close to the exact values', () => {
    let error = 0;
    let total = 0;
    for (const [id, city] of exact.byCity) {
      const estimate = of(sampled, id).betweenness;
      expect(estimate).toBeGreaterThanOrEqual(0);
      expect(estimate).toBeLessThanOrEqual(1);
      expect(Math.abs(estimate - city.betweenness)).toBeLessThan(0.03);
      error += Math.abs(estimate - city.betweenness);
      total += city.betweenness;
    }
    // Sampling 150 of 400 sources measures about 18 % total relative error; 30 % is the bar.
    expect(error / total).toBeLessThan(0.3);
    // The top 10 cities mostly agree.
    const top = (m: NetworkMetrics) =>
      new Set(rankCities(network, m, 'betweenness', 10).map((r) => r.id));
    const exactTop = top(exact);
    const overlap = [...top(sampled)].filter((id) => exactTop.has(id)).length;
    expect(overlap).toBeGreaterThanOrEqual(7);
  });

  it('is the same for the same seed', () => {
    const again = computeMetrics(network, { sampleAbove: 100, samples: 150, seed: 5 });
    expect([...again.byCity]).toEqual([...sampled.byCity]);
  });
});
