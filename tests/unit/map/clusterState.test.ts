import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { buildNetwork } from '../../../src/domain/network';
import { themePalette } from '../../../src/domain/palette';
import { createClusterTracker, drawnLinkDensity } from '../../../src/map/clusterState';
import { loadBundled } from '../../support/bundled';

const dataset = loadBundled().dataset;
const network = buildNetwork(dataset, DEFAULT_FILTERS);
const palette = themePalette(dataset);
const input = { dataset, network, palette, selectedCityId: null, highlight: null };

describe('the map’s clusters of the bundled data', () => {
  it('joins the Osaka Bay cities at the default view', () => {
    const { clustering } = createClusterTracker()(input, 2.6);
    const bay = clustering.clusters.find((c) => c.members.includes('osaka'));
    expect(bay?.members).toEqual(expect.arrayContaining(['amagasaki', 'sakai']));
  });

  it('never clusters the selected city, so it stays its own circle', () => {
    const { clustering } = createClusterTracker()({ ...input, selectedCityId: 'amagasaki' }, 2.6);
    expect(clustering.clusterOf.has('amagasaki')).toBe(false);
  });

  it('tells every city apart once zoomed in far enough', () => {
    const { clustering, links } = createClusterTracker()(input, 13);
    expect(clustering.clusters).toEqual([]);
    expect(links.keptAt).toHaveLength(network.edges.length);
  });

  it('answers the same object for the same zoom level, and anew for another', () => {
    const track = createClusterTracker();
    const first = track(input, 2.2);
    expect(track(input, 2.9)).toBe(first);
    expect(track(input, 3.1)).not.toBe(first);
  });

  it('keeps every link: drawn, joined between clusters, or inside one', () => {
    const { links } = createClusterTracker()(input, 2.6);
    const all = [
      ...links.keptAt.map((at) => network.edges[at]!.id),
      ...links.aggregated.flatMap((l) => l.edgeIds),
      ...links.inside,
    ];
    expect(all.sort()).toEqual(network.edges.map((e) => e.id).sort());
  });

  it('draws the bundled links at full strength on a laptop screen', () => {
    const clusters = createClusterTracker()(input, 2.6);
    expect(drawnLinkDensity(network, clusters, palette, 2.6, 1000, 700)).toEqual({
      alpha: 1,
      widthScale: 1,
    });
  });

  it('follows a filter: its dropped cities join no cluster, and its links are all accounted for', () => {
    const waste = buildNetwork(dataset, { ...DEFAULT_FILTERS, themes: ['waste'] });
    const kept = new Set(waste.nodes.map((n) => n.id));
    const dropped = network.nodes.map((n) => n.id).filter((id) => !kept.has(id));
    expect(dropped.length).toBeGreaterThan(0);
    const track = createClusterTracker();
    track(input, 2.6);
    const followed = track({ ...input, network: waste }, 2.6);
    const { clustering, links } = followed;
    expect(dropped.filter((id) => clustering.clusterOf.has(id))).toEqual([]);
    const all = [
      ...links.keptAt.map((at) => waste.edges[at]!.id),
      ...links.aggregated.flatMap((l) => l.edgeIds),
      ...links.inside,
    ];
    expect(all.sort()).toEqual(waste.edges.map((e) => e.id).sort());
    // Its links' density is the new network's, as a tracker that never saw the old one gives it.
    const density = (
      net: typeof waste,
      clusters: ReturnType<ReturnType<typeof createClusterTracker>>,
    ) => drawnLinkDensity(net, clusters, palette, 2.6, 300, 200);
    const fresh = createClusterTracker()({ ...input, network: waste }, 2.6);
    expect(density(waste, followed)).toEqual(density(waste, fresh));
    expect(density(waste, fresh)).not.toEqual(density(network, track(input, 2.6)));
  });

  it('keeps a cluster where it was when a filter drops some of its places', () => {
    const track = createClusterTracker();
    const before = track(input, 2.6).clustering.clusters;
    const waste = buildNetwork(dataset, { ...DEFAULT_FILTERS, themes: ['waste'] });
    const after = track({ ...input, network: waste }, 2.6).clustering.clusters;
    const inSlice = new Set(waste.nodes.map((node) => node.id));
    // Every cluster of the slice is one of the whole data's, less the places the filter dropped,
    // at the same place on the map: ticking a theme does not move the clusters around.
    expect(after.length).toBeGreaterThan(0);
    for (const cluster of after) {
      const whole = before.find((c) => c.id === cluster.id)!;
      expect(whole, cluster.id).toBeDefined();
      expect(cluster.position).toEqual(whole.position);
      expect(cluster.members).toEqual(whole.members.filter((id) => inSlice.has(id)));
    }
    // And a cluster left with one place dissolves: that place stands alone.
    const dissolved = before.filter((c) => c.members.filter((id) => inSlice.has(id)).length === 1);
    for (const cluster of dissolved) {
      const [alone] = cluster.members.filter((id) => inSlice.has(id));
      expect(after.some((c) => c.members.includes(alone!))).toBe(false);
    }
  });
});
