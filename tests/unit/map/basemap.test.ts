import type { FeatureCollection, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildBasemap } from '../../../scripts/basemap';

const rings = (geometry: Geometry): Position[][] => {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    default:
      return [];
  }
};

describe('the offline basemap', () => {
  const basemap = JSON.parse(buildBasemap()) as FeatureCollection<Geometry, { name: string }>;

  it('has the countries of the programme', () => {
    const names = new Set(basemap.features.map((f) => f.properties.name));
    for (const name of [
      'Japan',
      'Indonesia',
      'Philippines',
      'Vietnam',
      'Thailand',
      'Myanmar',
      'Palau',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('has no edge that crosses the map from one side of ±180° to the other', () => {
    let widest = 0;
    for (const feature of basemap.features) {
      for (const ring of rings(feature.geometry)) {
        for (let i = 1; i < ring.length; i++) {
          widest = Math.max(widest, Math.abs(ring[i]![0]! - ring[i - 1]![0]!));
        }
      }
    }
    // Natural Earth's longest real edges are a few tens of degrees (Antarctica's coast is re-cut).
    expect(widest).toBeLessThan(180);
  });

  it('keeps Russia and Fiji, which world-atlas joins across the antimeridian, within ±180°', () => {
    for (const name of ['Russia', 'Fiji']) {
      const feature = basemap.features.find((f) => f.properties.name === name)!;
      const lons = rings(feature.geometry)
        .flat()
        .map((p) => p[0]!);
      expect(Math.max(...lons)).toBeLessThanOrEqual(180);
      expect(Math.min(...lons)).toBeGreaterThanOrEqual(-180);
    }
  });
});
