/**
 * The offline basemap: Natural Earth country shapes from world-atlas, as GeoJSON that MapLibre
 * can draw. world-atlas joins shapes across ±180° for d3's globe (Russia, Fiji, Antarctica);
 * on a flat map those become bands across the world, so the shapes are re-cut at the
 * antimeridian by projecting them through an identity equirectangular projection.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEquirectangular } from 'd3';
import { geoProject } from 'd3-geo-projection';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The basemap's path in the app (served in dev, emitted in the build). */
export const BASEMAP_PATH = 'basemap/countries.geojson';

/** Country shapes at the 1:50m scale as GeoJSON text, coordinates rounded to ~100 m. */
export function buildBasemap(): string {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  // Scale 180/π with no translation maps lon/lat degrees onto themselves; y is flipped back.
  const identity = geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([0, 0])
    .reflectY(true)
    .precision(0);
  const cut = geoProject(countries, identity) as FeatureCollection<Geometry, { name: string }>;
  const round = (value: unknown): unknown =>
    typeof value === 'number'
      ? Math.round(value * 1000) / 1000
      : Array.isArray(value)
        ? value.map(round)
        : value;
  return JSON.stringify({
    type: 'FeatureCollection',
    features: cut.features
      .filter((f) => f.geometry)
      .map((f) => ({
        type: 'Feature',
        properties: { name: f.properties.name },
        geometry: {
          ...f.geometry,
          coordinates: round((f.geometry as { coordinates: Position[] }).coordinates),
        },
      })),
  });
}
