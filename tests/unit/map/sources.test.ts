import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/domain/dataset';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { buildNetwork } from '../../../src/domain/network';
import { buildAdjacency, neighbourhood } from '../../../src/domain/networkReading';
import {
  EDGE_KIND_COLORS,
  OTHER_COLOR,
  REGION_COLORS,
  themePalette,
} from '../../../src/domain/palette';
import type { Partnership } from '../../../src/domain/types';
import { CITY_RADIUS, cityRadius, linkWidth } from '../../../src/domain/encoding';
import { networkSources } from '../../../src/map/overlays/index';
import { linkHighlight, recordHighlight } from '../../../src/domain/records';
import {
  cityFeatures,
  featureIds,
  focusTarget,
  linkFeatures,
  roleFeatures,
} from '../../../src/map/sources';
import { loadBundled } from '../../support/bundled';
import { makeCity, makePartnership } from '../../support/records';

const MIN_RADIUS = CITY_RADIUS.min;
const dataset = loadBundled().dataset;
const network = buildNetwork(dataset, DEFAULT_FILTERS);
const palette = themePalette(dataset);
const positionOf = (id: string): [number, number] | undefined => {
  const city = dataset.cityById.get(id);
  return city ? [city.lon, city.lat] : undefined;
};

describe('city features', () => {
  const cities = cityFeatures(network);

  it('puts every city of the network at its [lon, lat], with the id and name a tooltip needs', () => {
    expect(cities.features).toHaveLength(network.nodes.length);
    const osaka = cities.features.find((f) => f.properties.id === 'osaka')!;
    expect(osaka.geometry.coordinates).toEqual([135.5011, 34.6938]);
    expect(osaka.properties.name).toBe('Osaka');
  });

  it("names each city as the model's name function does (the reader's language)", () => {
    const named = cityFeatures(
      network,
      undefined,
      (node) => `${node.city.localName || node.city.name}`,
    );
    const name = (id: string) =>
      named.features.find((f) => f.properties.id === id)!.properties.name;
    expect(name('osaka')).toBe('大阪市');
  });

  it('colours cities by region', () => {
    const color = (id: string) =>
      cities.features.find((f) => f.properties.id === id)!.properties.color;
    expect(color('osaka')).toBe(REGION_COLORS.japan);
    expect(color('bandung')).toBe(REGION_COLORS['southeast-asia']);
    expect(color('koror')).toBe(REGION_COLORS.elsewhere);
  });

  it('sizes cities by links on a square-root scale, never below the minimum', () => {
    expect(cityRadius(0, 10)).toBe(MIN_RADIUS);
    expect(cityRadius(1, 100) - MIN_RADIUS).toBeCloseTo(
      (cityRadius(100, 100) - MIN_RADIUS) / 10,
      6,
    );
    const busiest = cities.features.reduce((a, b) =>
      b.properties.links > a.properties.links ? b : a,
    );
    for (const feature of cities.features)
      expect(feature.properties.radius).toBeLessThanOrEqual(busiest.properties.radius);
  });
});

describe('link features', () => {
  const links = linkFeatures(network, positionOf, palette);

  it('draws one feature per edge, carrying the edge id and its two cities', () => {
    expect(links.features).toHaveLength(network.edges.length);
    const ids = new Set(network.edges.map((e) => e.id));
    for (const feature of links.features) expect(ids.has(feature.properties.id)).toBe(true);
  });

  it('starts and ends every arc at its cities', () => {
    for (const feature of links.features) {
      const parts =
        feature.geometry.type === 'LineString'
          ? [feature.geometry.coordinates]
          : feature.geometry.coordinates;
      expect(parts[0]![0]).toEqual(positionOf(feature.properties.source));
      expect(parts.at(-1)!.at(-1)).toEqual(positionOf(feature.properties.target));
    }
  });

  it('widens a line with the records behind it and colours it by kind and by main theme', () => {
    expect(linkWidth(4)).toBeGreaterThan(linkWidth(1));
    const partnership = links.features.find(
      (f) => f.properties.id === 'partnership:kitakyushu~surabaya',
    )!;
    expect(partnership.properties.kindColor).toBe(EDGE_KIND_COLORS.partnership);
    expect(partnership.properties.themeColor).toBe(palette.colorOf('waste'));
    expect(palette.colorOf('waste')).not.toBe(OTHER_COLOR);
  });

  it('marks a link proposed only when all its partnerships are proposed', () => {
    const city = (id: string, lon: number) => makeCity({ id, name: id, lon });
    const partnership = (id: string, status: Partnership['status'], b: string) =>
      makePartnership({ id, cityAId: 'a', cityBId: b, status });
    const data = createDataset(
      [city('a', 0), city('b', 10), city('c', 20)],
      [],
      [
        partnership('1', 'proposed', 'b'),
        partnership('2', 'proposed', 'c'),
        partnership('3', 'active', 'c'),
      ],
    );
    const features = linkFeatures(
      buildNetwork(data, DEFAULT_FILTERS),
      (id) => {
        const c = data.cityById.get(id);
        return c && [c.lon, c.lat];
      },
      themePalette(data),
    ).features;
    const proposed = Object.fromEntries(
      features.map((f) => [f.properties.target, f.properties.proposed]),
    );
    expect(proposed).toEqual({ b: true, c: false });
  });
});

describe('feature ids', () => {
  // Ids that name properties of every JavaScript object: MapLibre keys its feature state by
  // feature id in plain objects, so these must never reach it as ids.
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
  const data = createDataset(
    names.map((id, i) => makeCity({ id, name: id, lon: 100 + i })),
    [],
    [
      makePartnership({ id: '__proto__', cityAId: '__proto__', cityBId: 'constructor' }),
      makePartnership({ id: 'constructor', cityAId: '__proto__', cityBId: 'toString' }),
    ],
  );
  const net = buildNetwork(data, DEFAULT_FILTERS);
  const positionOfCity = (id: string): [number, number] | undefined => {
    const city = data.cityById.get(id);
    return city && [city.lon, city.lat];
  };

  it('gives cities and links numeric feature ids, and sources promote no data id', () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const cities = cityFeatures(net).features;
    const links = linkFeatures(net, positionOfCity, themePalette(data)).features;
    expect(cities.map((f) => f.id)).toEqual(net.nodes.map((_, i) => i));
    expect(links.map((f) => f.id)).toEqual(net.edges.map((_, i) => i));
    for (const [, source] of networkSources()) expect(source.promoteId).toBeUndefined();

    const ids = featureIds(net);
    const target = focusTarget(ids, neighbourhood(buildAdjacency(net), '__proto__'));
    const idOf = (cityId: string) => cities.find((f) => f.properties.id === cityId)!.id;
    expect(target.cities.sort()).toEqual(
      [idOf('__proto__'), idOf('constructor'), idOf('toString')].sort(),
    );
    expect(target.links.sort()).toEqual([0, 1]);
    expect(ids.cities.get('hasOwnProperty')).toBe(idOf('hasOwnProperty'));
    // Nothing was written to the prototype every object shares.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as { focus?: unknown }).focus).toBeUndefined();
  });

  it('leaves out of the focus the ids the network does not have', () => {
    const target = focusTarget(featureIds(net), {
      cityIds: new Set(['__proto__', 'valueOf']),
      edgeIds: new Set(['constructor']),
    });
    expect(target).toEqual({ cities: [featureIds(net).cities.get('__proto__')], links: [] });
  });
});

describe('role features', () => {
  const osaka2017 = recordHighlight(dataset, network, {
    kind: 'workshop',
    id: 'ws-2017-11-osaka',
  })!;
  const byRole = (features: ReturnType<typeof roleFeatures>['features']) => {
    const roles: Record<string, string[]> = {};
    for (const { properties } of features)
      (roles[String(properties.role)] ??= []).push(properties.id);
    for (const ids of Object.values(roles)) ids.sort();
    return roles;
  };

  it("marks the 2017 Osaka training's cities by role: two hosts, four participants, two lecturers", () => {
    const roles = roleFeatures(network, osaka2017);
    expect(byRole(roles.features)).toEqual({
      host: ['amagasaki', 'osaka'],
      participant: ['bandung', 'can-tho', 'ho-chi-minh-city', 'quezon-city'],
      resource: ['toyama', 'toyota'],
    });
    // Each at its city's place and size, as the cities source draws it.
    const cities = cityFeatures(network);
    for (const feature of roles.features) {
      const city = cities.features.find((f) => f.properties.id === feature.properties.id)!;
      expect(feature.id).toBe(city.id);
      expect(feature.geometry.coordinates).toEqual(city.geometry.coordinates);
      expect(feature.properties.radius).toBe(city.properties.radius);
      expect(feature.properties.name).toBe(city.properties.name);
    }
  });

  it("places hosts' labels first, then participants, then lecturers, and clear of their rings", () => {
    const features = roleFeatures(network, osaka2017).features;
    const ranked = [...features].sort((a, b) => a.properties.labelRank - b.properties.labelRank);
    expect(ranked.map((f) => f.properties.role)).toEqual([
      'host',
      'host',
      'participant',
      'participant',
      'participant',
      'participant',
      'resource',
      'resource',
    ]);
    for (const { properties } of features)
      expect(properties.labelOffset * 12).toBeGreaterThan(properties.radius + 4);
  });

  it("gives a link's two cities no role, and nothing without a highlight", () => {
    const edge = network.edges.find((e) => e.kind === 'partnership')!;
    const ends = roleFeatures(network, linkHighlight(network, edge.id)).features;
    expect(ends.map((f) => f.properties.id).sort()).toEqual([edge.source, edge.target].sort());
    expect(ends.map((f) => f.properties.role)).toEqual([null, null]);
    expect(roleFeatures(network, null).features).toEqual([]);
  });

  it('leaves out the cities the filters took out of the network', () => {
    const without = {
      nodes: network.nodes.filter((node) => node.id !== 'bandung'),
      edges: network.edges.filter((e) => e.source !== 'bandung' && e.target !== 'bandung'),
    };
    const ids = roleFeatures(without, osaka2017).features.map((f) => f.properties.id);
    expect(ids).toHaveLength(7);
    expect(ids).not.toContain('bandung');
  });
});
