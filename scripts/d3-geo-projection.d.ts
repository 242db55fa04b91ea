// d3-geo-projection ships no types; the one function the basemap script uses.
declare module 'd3-geo-projection' {
  import type { GeoProjection } from 'd3';
  export function geoProject<T extends object>(object: T, projection: GeoProjection): T;
}
