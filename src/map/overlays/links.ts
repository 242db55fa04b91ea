/**
 * The links overlay: one line layer per look of the encoding (co-attendance, workshop,
 * partnership, proposed), the halo under links new in the timeline's year, and a wide invisible
 * layer that makes thin lines easy to hover.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { LINK_LOOKS, LOOKS, NEW_LINK_HALO, type LinkLook } from '../../domain/encoding';
import type { ArcCache } from '../arcs';
import { aggregateLinkFeatures } from '../clusterFeatures';
import { linkFeatures } from '../sources';
import { emptySource, focusOpacity, lineColor, SOURCES } from '../style';
import { focusToggled, type MapOverlay } from './overlay';

/** The line layer that draws links of a look. */
export const lookLayer = (look: LinkLook) => `links-${look}`;

/** The halo layer and the hover layer of links. */
export const LINK_LAYERS = { newLinks: 'links-new', hit: 'links-hit' } as const;

/** Filter of the new-links halo layer: the links with these ids. */
export function newLinksFilter(ids: readonly string[]): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]];
}

/** Line width: each feature's own, scaled down where links are dense (`linkDensity`). */
export function densityWidth(scale: number): ExpressionSpecification | ['get', string] {
  return scale === 1 ? ['get', 'width'] : ['*', ['get', 'width'], scale];
}

/** The line layer of one look, translated from the encoding's `LOOKS`. */
function lookLayerSpec(look: LinkLook): LayerSpecification {
  const spec = LOOKS[look];
  return {
    id: lookLayer(look),
    type: 'line',
    source: SOURCES.links,
    filter: ['==', ['get', 'look'], look],
    layout: { 'line-cap': spec.cap, 'line-join': 'round' },
    paint: {
      'line-color': lineColor('kind'),
      // Features carry the width the encoding gives them (fixed for co-attendance).
      'line-width': ['get', 'width'],
      // The encoding's dashes are multiples of the width, as MapLibre's are.
      ...(spec.dash.length > 0 ? { 'line-dasharray': [...spec.dash] } : {}),
      'line-opacity': spec.alpha,
    },
  };
}

/** Creates the links overlay; it keeps the arcs of the current dataset between updates. */
export function createLinksOverlay(): MapOverlay {
  // Great-circle arcs of the drawn dataset, so that a filter change does not recompute them.
  let arcs: ArcCache = new Map();
  return {
    id: 'links',
    sources: [[SOURCES.links, emptySource()]],
    layers: [
      {
        id: LINK_LAYERS.newLinks,
        type: 'line',
        source: SOURCES.links,
        filter: newLinksFilter([]),
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': NEW_LINK_HALO.color,
          'line-width': ['+', ['get', 'width'], NEW_LINK_HALO.extraWidth],
          'line-opacity': NEW_LINK_HALO.alpha,
        },
      },
      ...LINK_LOOKS.map(lookLayerSpec),
      {
        id: LINK_LAYERS.hit,
        type: 'line',
        source: SOURCES.links,
        paint: { 'line-color': '#000', 'line-width': 10, 'line-opacity': 0 },
      },
    ],
    update(model, previous, map) {
      const networkChanged = previous?.network !== model.network;
      if (
        networkChanged ||
        previous.palette !== model.palette ||
        previous.clusters !== model.clusters
      ) {
        if (previous?.dataset !== model.dataset) arcs = new Map();
        const positionOf = (id: string): [number, number] | undefined => {
          const city = model.dataset.cityById.get(id);
          return city ? [city.lon, city.lat] : undefined;
        };
        const clusters = model.clusters;
        // The clusters' links are this network's (`createClusterTracker` joins `model.network`'s
        // edges), so their positions are positions in its edges.
        const kept = clusters ? new Uint8Array(model.network.edges.length) : null;
        if (kept) for (const at of clusters!.links.keptAt) kept[at] = 1;
        const collection = linkFeatures(model.network, positionOf, model.palette, arcs, (at) =>
          kept ? kept[at] === 1 : true,
        );
        // Links with a clustered end are drawn once per kind between clusters, after the rest.
        // One by one: spread into `push`, 170,000 links overflowed the call stack.
        if (clusters)
          for (const feature of aggregateLinkFeatures(
            clusters.links.aggregated,
            clusters.positionOf,
            model.network.edges.length,
          ))
            collection.features.push(feature);
        map.setData(SOURCES.links, collection);
      }
      // The layers start at full width and strength: only a density that differs is set.
      if ((previous?.linkDensity.widthScale ?? 1) !== model.linkDensity.widthScale) {
        const width = densityWidth(model.linkDensity.widthScale);
        for (const look of LINK_LOOKS) map.setPaintProperty(lookLayer(look), 'line-width', width);
      }
      if (previous?.colorBy !== model.colorBy) {
        for (const look of LINK_LOOKS)
          map.setPaintProperty(lookLayer(look), 'line-color', lineColor(model.colorBy));
      }
      if (networkChanged || previous.highlightYear !== model.highlightYear) {
        const year = model.highlightYear;
        const ids =
          year === null
            ? []
            : model.network.edges.filter((e) => e.years.includes(year)).map((e) => e.id);
        map.setFilter(LINK_LAYERS.newLinks, newLinksFilter(ids));
      }
      if (
        focusToggled(model, previous) ||
        (previous?.linkDensity.alpha ?? 1) !== model.linkDensity.alpha
      ) {
        const active = model.focus !== null;
        // Dense links fade; the focused city's links still rise to full strength.
        for (const look of LINK_LOOKS)
          map.setPaintProperty(
            lookLayer(look),
            'line-opacity',
            focusOpacity(LOOKS[look].alpha * model.linkDensity.alpha, active),
          );
      }
    },
  };
}
