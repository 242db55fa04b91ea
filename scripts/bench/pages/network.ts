/**
 * The network the baseline pages draw, as the bench writes it beside the CSVs: the app's own
 * network under the default filters, in flat arrays so a page parses it quickly.
 */
export interface BenchNetwork {
  /** `[lon, lat]` of each city, flattened. */
  cities: number[];
  /** `[source, target, kind]` of each link, flattened: city indexes and an `EDGE_KINDS` index. */
  links: number[];
}

/** Colours by link kind, as RGB (close to the app's encoding; the exact hue costs nothing). */
export const KIND_COLOURS: readonly [number, number, number][] = [
  [31, 120, 180],
  [227, 119, 48],
  [120, 120, 120],
];

/** The `?data=` folder URL of the page, and the network it holds. */
export async function loadNetwork(): Promise<{ network: BenchNetwork; bounds: Bounds }> {
  const folder = new URL(location.href).searchParams.get('data');
  if (!folder) throw new Error('no ?data=');
  const response = await fetch(new URL('bench-network.json', folder));
  const network = (await response.json()) as BenchNetwork;
  return { network, bounds: boundsOf(network.cities) };
}

/** `[[west, south], [east, north]]`. */
export type Bounds = [[number, number], [number, number]];

/** The box around every city, as the app fits its map to the data. */
export function boundsOf(cities: readonly number[]): Bounds {
  let west = 180;
  let south = 90;
  let east = -180;
  let north = -90;
  for (let i = 0; i < cities.length; i += 2) {
    const lon = cities[i]!;
    const lat = cities[i + 1]!;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}
