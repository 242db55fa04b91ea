import { describe, expect, it } from 'vitest';
import {
  aggregateLinks,
  clusterIndex,
  clusteringAt,
  openingZoom,
  withoutPlaces,
  type ClusterPlace,
  type LinkEnds,
} from '../../../src/domain/clusters';

// Three cities around Osaka Bay (a few km apart), Tokyo, and two overseas cities.
const PLACES: ClusterPlace[] = [
  { id: 'osaka', position: [135.5, 34.69], region: 'japan' },
  { id: 'amagasaki', position: [135.42, 34.73], region: 'japan' },
  { id: 'sakai', position: [135.48, 34.57], region: 'japan' },
  { id: 'tokyo', position: [139.69, 35.69], region: 'japan' },
  { id: 'bandung', position: [107.61, -6.91], region: 'southeast-asia' },
  { id: 'jakarta', position: [106.85, -6.21], region: 'southeast-asia' },
];

const LINKS: LinkEnds[] = [
  { id: 'p:osaka~bandung', kind: 'partnership', source: 'bandung', target: 'osaka', weight: 2 },
  {
    id: 'p:amagasaki~bandung',
    kind: 'partnership',
    source: 'amagasaki',
    target: 'bandung',
    weight: 1,
  },
  { id: 'w:sakai~bandung', kind: 'workshop', source: 'bandung', target: 'sakai', weight: 3 },
  { id: 'p:osaka~sakai', kind: 'partnership', source: 'osaka', target: 'sakai', weight: 1 },
  { id: 'p:tokyo~jakarta', kind: 'partnership', source: 'jakarta', target: 'tokyo', weight: 4 },
];

const membersOf = (zoom: number) =>
  clusteringAt(clusterIndex(PLACES), zoom)
    .clusters.map((cluster) => [...cluster.members].sort())
    .sort();

describe('clustering places', () => {
  it('joins the Osaka Bay cities at the default view and keeps Tokyo apart', () => {
    // At zoom 2.6 Osaka–Tokyo is about 35 px, Osaka–Amagasaki under 1 px.
    expect(membersOf(2.6)).toEqual([
      ['amagasaki', 'osaka', 'sakai'],
      ['bandung', 'jakarta'],
    ]);
  });

  it('opens every cluster by zooming in to its expansion zoom', () => {
    const index = clusterIndex(PLACES);
    const bay = clusteringAt(index, 2).clusters.find((c) => c.members.includes('osaka'))!;
    expect(bay.expansionZoom).toBeGreaterThan(2);
    const opened = clusteringAt(index, bay.expansionZoom!);
    const parts = new Set(bay.members.map((id) => opened.clusterOf.get(id) ?? id));
    expect(parts.size).toBeGreaterThan(1);
  });

  it('opens a small cluster with one click: every member alone at the zoom it goes to', () => {
    const index = clusterIndex(PLACES);
    const bay = clusteringAt(index, 2).clusters.find((c) => c.members.includes('osaka'))!;
    const zoom = openingZoom(index, bay, 2);
    const opened = clusteringAt(index, zoom);
    for (const id of bay.members) expect(opened.clusterOf.has(id), id).toBe(false);
    // And not further than needed: one level less still holds two of them together.
    const before = clusteringAt(index, zoom - 1);
    expect(bay.members.some((id) => before.clusterOf.has(id))).toBe(true);
  });

  it('parts everything at high zoom', () => {
    expect(membersOf(11)).toEqual([]);
    expect(membersOf(20)).toEqual([]);
  });

  it('counts the members of each region', () => {
    // Japan and Java are about 40 px apart at zoom 0: a radius of 80 px joins them.
    const all = clusteringAt(clusterIndex(PLACES, { radius: 80, maxZoom: 12 }), 0).clusters;
    expect(all).toHaveLength(1);
    expect(all[0]!.regions).toEqual([
      { region: 'japan', count: 4 },
      { region: 'southeast-asia', count: 2 },
    ]);
  });

  it('never parts places that share one point, and says so', () => {
    const twins: ClusterPlace[] = [
      { id: 'a', position: [100, 10], region: 'southeast-asia' },
      { id: 'b', position: [100, 10], region: 'southeast-asia' },
    ];
    const [cluster] = clusteringAt(clusterIndex(twins), 5).clusters;
    expect(cluster!.members.sort()).toEqual(['a', 'b']);
    expect(cluster!.expansionZoom).toBeNull();
  });
});

describe('pinned places', () => {
  const regionOf = (id: string) => PLACES.find((place) => place.id === id)!.region;
  const zoom = 5;
  const bayCluster = () =>
    clusteringAt(clusterIndex(PLACES), zoom).clusters.find((c) => c.members.includes('osaka'))!;

  it('stand alone, their cluster keeping the rest with counts to match', () => {
    const before = clusteringAt(clusterIndex(PLACES), zoom);
    // Precondition: the three bay cities are one cluster here.
    expect([...bayCluster().members].sort()).toEqual(['amagasaki', 'osaka', 'sakai']);
    const pinned = withoutPlaces(before, new Set(['osaka']), regionOf);
    expect(pinned.clusterOf.has('osaka')).toBe(false);
    const bay = pinned.clusters.find((c) => c.members.includes('sakai'))!;
    expect([...bay.members].sort()).toEqual(['amagasaki', 'sakai']);
    expect(bay.regions).toEqual([{ region: 'japan', count: 2 }]);
    expect(pinned.clusterOf.get('sakai')).toBe(bay.id);
  });

  it('dissolve a cluster left with one place', () => {
    const before = clusteringAt(clusterIndex(PLACES), zoom);
    const pinned = withoutPlaces(before, new Set(['osaka', 'sakai']), regionOf);
    expect(pinned.clusters.some((c) => c.members.includes('amagasaki'))).toBe(false);
    expect(pinned.clusterOf.has('amagasaki')).toBe(false);
  });

  it('change nothing when they stand alone already', () => {
    const before = clusteringAt(clusterIndex(PLACES), zoom);
    expect(withoutPlaces(before, new Set(['tokyo']), regionOf)).toBe(before);
  });
});

describe('aggregating links', () => {
  it('joins the links of clustered members per kind and keeps the records', () => {
    const { clusterOf, clusters } = clusteringAt(clusterIndex(PLACES), 2.6);
    const bay = clusters.find((c) => c.members.includes('osaka'))!.id;
    const java = clusters.find((c) => c.members.includes('bandung'))!.id;
    const { keptAt, aggregated, inside } = aggregateLinks(LINKS, clusterOf);
    expect(keptAt).toEqual([]);
    expect(inside).toEqual(['p:osaka~sakai']);
    const between = (kind: string) =>
      aggregated.filter(
        (link) => link.kind === kind && new Set([link.source, link.target, bay, java]).size === 2,
      );
    // Osaka–Bandung (2 records) and Amagasaki–Bandung (1) become one partnership link of 3.
    expect(between('partnership').map((link) => link.weight)).toEqual([3]);
    expect(between('workshop').map((link) => link.weight)).toEqual([3]);
    // Tokyo stands alone: its link runs from Tokyo itself to the Java cluster.
    const tokyo = aggregated.find((link) => link.edgeIds.includes('p:tokyo~jakarta'))!;
    expect([tokyo.source, tokyo.target]).toContain('tokyo');
    expect(tokyo.kind).toBe('partnership');
  });

  it('preserves every record: drawn, joined or inside, each link exactly once', () => {
    for (const zoom of [0, 2.6, 5, 8, 13]) {
      const { clusterOf } = clusteringAt(clusterIndex(PLACES), zoom);
      const { keptAt, aggregated, inside } = aggregateLinks(LINKS, clusterOf);
      const joined = aggregated.flatMap((link) => link.edgeIds);
      const drawn = keptAt.map((at) => LINKS[at]!.id);
      expect([...drawn, ...joined, ...inside].sort()).toEqual(LINKS.map((l) => l.id).sort());
      const weightOf = new Map(LINKS.map((l) => [l.id, l.weight]));
      for (const link of aggregated)
        expect(link.weight).toBe(link.edgeIds.reduce((sum, id) => sum + weightOf.get(id)!, 0));
    }
  });

  it('draws links as they are where nothing is clustered', () => {
    const { keptAt, aggregated } = aggregateLinks(LINKS, new Map());
    expect(keptAt).toHaveLength(LINKS.length);
    expect(aggregated).toEqual([]);
  });
});

describe('a large cluster some of whose places were taken out', () => {
  // Two tight groups of 60 places, 3° apart: they part long before either group does.
  const group = (name: string, lon: number) =>
    Array.from({ length: 60 }, (_, i) => ({
      id: `${name}${i}`,
      position: [lon + (i % 8) * 0.02, 10 + Math.floor(i / 8) * 0.02] as [number, number],
      region: 'elsewhere' as const,
    }));
  const index = clusterIndex([...group('a', 100), ...group('b', 103)]);

  it('opens where the places it has left part, not where the whole cluster did', () => {
    const dropped = new Set(group('b', 103).map((place) => place.id));
    const [cluster] = withoutPlaces(clusteringAt(index, 0), dropped, () => 'elsewhere').clusters;
    expect(cluster?.members).toHaveLength(60);
    const level = openingZoom(index, cluster!, 0);
    // The whole cluster parted into the two groups at its expansion zoom; group a alone did not.
    expect(level).toBeGreaterThan(cluster!.expansionZoom!);
    const { clusterOf } = clusteringAt(index, level);
    const parts = new Set(cluster!.members.map((id) => clusterOf.get(id) ?? id));
    expect(parts.size).toBeGreaterThan(1);
  });
});
