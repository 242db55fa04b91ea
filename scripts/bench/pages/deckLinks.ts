/** deck.gl's LineLayer or ArcLayer drawing the network's links inside a MapLibre map. */
import { ArcLayer, LineLayer } from '@deck.gl/layers';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { KIND_COLOURS, type BenchNetwork } from './network';

/** Adds the links to `map` as one layer drawn with the map's own WebGL context. */
export function addLinks(map: MapLibreMap, network: BenchNetwork, kind: 'line' | 'arc'): void {
  const { cities, links } = network;
  // One row per link: indexes into the flat arrays, read by the accessors below.
  const rows = Array.from({ length: links.length / 3 }, (_, i) => i * 3);
  const from = (row: number): [number, number] => {
    const city = links[row]! * 2;
    return [cities[city]!, cities[city + 1]!];
  };
  const to = (row: number): [number, number] => {
    const city = links[row + 1]! * 2;
    return [cities[city]!, cities[city + 1]!];
  };
  const colour = (row: number) =>
    [...KIND_COLOURS[links[row + 2]!]!, 140] as [number, number, number, number];
  const layer =
    kind === 'line'
      ? new LineLayer<number>({
          id: 'links',
          data: rows,
          getSourcePosition: from,
          getTargetPosition: to,
          getColor: colour,
          getWidth: 1,
        })
      : new ArcLayer<number>({
          id: 'links',
          data: rows,
          // The app's links follow great circles too.
          greatCircle: true,
          getSourcePosition: from,
          getTargetPosition: to,
          getSourceColor: colour,
          getTargetColor: colour,
          getWidth: 1,
        });
  // deck.gl 9.4 reads `map.transform`, which MapLibre 6 keeps on its camera: lend it.
  const camera = (map as unknown as { _camera: { transform: unknown } })._camera;
  if (!('transform' in map))
    Object.defineProperty(map, 'transform', { get: () => camera.transform });
  map.addControl(new MapboxOverlay({ interleaved: true, layers: [layer] }));
}
