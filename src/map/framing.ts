/**
 * Where the camera goes so that the data is seen beside the map's own controls: fitting every
 * city into the part no control covers, and bringing a newly selected city out from under them.
 */
import { bbox } from '@turf/turf';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { City } from '../domain/types';
import { freeArea, isCramped, isInside, offsetTo, paddingFor, type Box } from './freeArea';

/** Pixels a selected city keeps from the edge of the free part of the map. */
const REVEAL_MARGIN = 16;

/** Pixels kept around the cities when the camera is fitted to them. */
const FIT_MARGIN = 32;

export interface FramingOptions {
  /** What covers the map now: fixed controls, and the legend while it is open. */
  covers?(): { fixed: Box[]; legend: Box | null };
  /** The selection is under the legend and the map has too little room beside it: fold it. */
  onFoldLegend?(): void;
}

export function createFraming(map: MapLibreMap, container: HTMLElement, options: FramingOptions) {
  /** The part of the container no control covers, with or without the open legend. */
  const freeSpace = (withLegend: boolean) => {
    const covers = options.covers?.() ?? { fixed: [], legend: null };
    const boxes = withLegend && covers.legend ? [...covers.fixed, covers.legend] : covers.fixed;
    return { free: freeArea(container.clientWidth, container.clientHeight, boxes), covers };
  };

  return {
    /** Fits the camera to `nodes`' cities, in the free part unless too little is left. */
    fit(nodes: readonly { city: City }[], animate: boolean) {
      if (nodes.length === 0) return;
      const [west, south, east, north] = bbox({
        type: 'MultiPoint',
        coordinates: nodes.map((node) => [node.city.lon, node.city.lat]),
      });
      const { free } = freeSpace(true);
      const { clientWidth: width, clientHeight: height } = container;
      map.fitBounds(
        [
          [west, south],
          [east, north],
        ],
        {
          padding: isCramped(free) ? FIT_MARGIN : paddingFor(width, height, free, FIT_MARGIN),
          maxZoom: 7,
          animate,
        },
        // Marks the move as the user's (Reset view) or the first view, so its camera is reported.
        { fitted: true },
      );
    },

    /**
     * Brings a newly selected city out from under the legend or the toolbar, or into view: the
     * map eases it to the centre of the free part, or, when that part is too small, the legend
     * folds. A city already in the free part stays where the user sees it.
     */
    reveal(city: City) {
      const { clientWidth: width, clientHeight: height } = container;
      // A map not laid out (hidden, or not yet in the page) shows nothing to bring into view.
      if (width === 0 || height === 0) return;
      const point = map.project([city.lon, city.lat]);
      const withLegend = freeSpace(true);
      let { free } = withLegend;
      if (isInside(point, free, REVEAL_MARGIN)) return;
      if (withLegend.covers.legend && isCramped(free)) {
        options.onFoldLegend?.();
        free = freeSpace(false).free;
        if (isInside(point, free, REVEAL_MARGIN)) return;
      }
      // `offset`, not `padding`: MapLibre keeps an eased padding, which would shift every later
      // camera (and the one in the address).
      map.easeTo(
        { center: [city.lon, city.lat], offset: offsetTo(width, height, free) },
        { fitted: true },
      );
    },
  };
}
