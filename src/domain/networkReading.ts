/**
 * What a built network answers: the links at a city and its neighbourhood, a link's main theme,
 * and the order its two cities are read in.
 */
import type { Network, NetworkEdge } from './network';

/** Each city's links, for answering "what does this city touch" without scanning every edge. */
export type Adjacency = ReadonlyMap<string, readonly NetworkEdge[]>;

/** Indexes a network's edges by both of their cities. */
export function buildAdjacency(network: Network): Adjacency {
  const adjacency = new Map<string, NetworkEdge[]>();
  for (const edge of network.edges) {
    for (const cityId of [edge.source, edge.target]) {
      const list = adjacency.get(cityId);
      if (list) list.push(edge);
      else adjacency.set(cityId, [edge]);
    }
  }
  return adjacency;
}

/** A city, its neighbours and its links. */
export interface Neighbourhood {
  cityIds: Set<string>;
  edgeIds: Set<string>;
}

/** The city itself, its neighbours and its links (just the city when it has none). */
export function neighbourhood(adjacency: Adjacency, cityId: string): Neighbourhood {
  const cityIds = new Set<string>([cityId]);
  const edgeIds = new Set<string>();
  for (const edge of adjacency.get(cityId) ?? []) {
    edgeIds.add(edge.id);
    cityIds.add(edge.source);
    cityIds.add(edge.target);
  }
  return { cityIds, edgeIds };
}

/**
 * The theme most records behind the edge carry; on a tie, the one listed first (records list
 * their main theme first). Undefined when no record has a theme.
 */
export function mainTheme(edge: NetworkEdge): string | undefined {
  const only = edge.partnerships.length + edge.workshops.length === 1;
  if (only) return (edge.partnerships[0] ?? edge.workshops[0])!.themes[0];
  const counts = new Map<string, number>();
  for (const record of [...edge.partnerships, ...edge.workshops]) {
    for (const theme of record.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  // Map iteration follows first appearance, so a strict ">" keeps the earliest on ties.
  for (const [theme, count] of counts) {
    if (count > bestCount) {
      best = theme;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A link's two cities in the order people read them: a partnership as its file writes it
 * (the Japanese side first in the bundled data); a workshop link from the host or lecturer to
 * the participant; otherwise by id.
 */
export function readingOrder(edge: NetworkEdge): [string, string] {
  const partnership = edge.partnerships[0];
  if (partnership) return [partnership.cityAId, partnership.cityBId];
  const workshop = edge.workshops[0];
  if (edge.kind === 'workshop' && workshop?.participantCityIds.includes(edge.source))
    return [edge.target, edge.source];
  return [edge.source, edge.target];
}
