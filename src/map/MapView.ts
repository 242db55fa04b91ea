/**
 * The map's lifecycle object: owns one MapLibre map, draws a network on it, reports hover and
 * clicks. `update` diffs against what is drawn (data is set only when it changed; layers are
 * added once); `destroy` is safe to call twice and removes every listener it added.
 */
import { bbox } from '@turf/turf';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
  type MapLayerMouseEvent,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { CityStyle } from '../domain/cityStyle';
import type { Dataset } from '../domain/dataset';
import { buildAdjacency, neighbourhood, type Adjacency, type Network } from '../domain/network';
import type { ThemePalette } from '../domain/palette';
import type { ArcCache } from './arcs';
import {
  cityFeatures,
  featureIds,
  focusTarget,
  linkFeatures,
  type FeatureIds,
  type FocusTarget,
} from './sources';
import {
  BASE_OPACITY,
  COLORED_LINK_LAYERS,
  FOCUS_LAYERS,
  LABEL_FONT,
  LAYERS,
  linkColor,
  networkLayers,
  networkSources,
  offlineStyle,
  focusOpacity,
  newLinksFilter,
  SOURCES,
  type LinkColorMode,
} from './style';

// maplibre 6 is ESM-only and Vite does not emit its worker by itself.
setWorkerUrl(workerUrl);

/** A map camera: centre `[lon, lat]` and zoom. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/** What the pointer is over, with its position in the map container (pixels). */
export type MapHover =
  | { type: 'city'; id: string; x: number; y: number }
  | { type: 'link'; id: string; x: number; y: number };

/** What the map shows. */
export interface MapModel {
  dataset: Dataset;
  network: Network;
  palette: ThemePalette;
  cityStyle: CityStyle;
  colorBy: LinkColorMode;
  selectedCityId: string | null;
  /** A city hovered in another view, highlighted here too. */
  linkedHoverCityId: string | null;
  /** Links with a record starting in this year get a halo (the timeline's year); null for none. */
  highlightYear: number | null;
  /** The camera to show; null lets the map fit the data. The map reports its moves back. */
  camera: Camera | null;
}

export interface MapViewOptions {
  /** Absolute URL of the offline basemap GeoJSON. */
  basemapUrl: string;
  /** Absolute URL of the label font (woff2). */
  fontUrl: string;
  /** A remote style to use instead of the offline basemap (a deployment with internet). */
  styleUrl?: string;
  onHover(hover: MapHover | null): void;
  onSelectCity(cityId: string | null): void;
  /** Called when the user has moved the camera (after the move ends). */
  onCameraChange(camera: Camera): void;
}

export interface MapView {
  update(model: MapModel): void;
  /** Fits the camera to every city of the current network. */
  resetView(): void;
  destroy(): void;
}

/**
 * Creates the map in `container`. The container's `data-map-idle` attribute is `true` once the
 * map has drawn the latest model, for tests and screenshots to wait on.
 */
export function createMapView(container: HTMLElement, options: MapViewOptions): MapView {
  const map = new MapLibreMap({
    container,
    style: options.styleUrl ?? offlineStyle(options.basemapUrl, options.fontUrl),
    center: [118, 15],
    zoom: 2.6,
    attributionControl: false,
    // One world: the network is drawn once, with arcs cut at the antimeridian.
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
  });
  container.dataset.mapIdle = 'false';
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new AttributionControl({ compact: true }), 'bottom-right');

  let loaded = false;
  let destroyed = false;
  let pending: MapModel | null = null;
  // What is drawn now, to diff the next model against.
  let drawn: MapModel | null = null;
  let adjacency: Adjacency = new Map();
  // Arcs of the current dataset, so that a filter change does not recompute them.
  let arcs: ArcCache = new Map();
  // Numeric feature ids of the drawn network: data ids never reach MapLibre's feature state.
  let ids: FeatureIds = { cities: new Map(), links: new Map() };
  let focus: FocusTarget | null = null;
  let hoveredCityId: string | null = null;

  const onLoad = () => {
    if (options.styleUrl) map.setFontFaces({ [LABEL_FONT]: [{ url: options.fontUrl }] });
    for (const [id, source] of networkSources()) map.addSource(id, source);
    for (const layer of networkLayers(pending?.colorBy ?? 'kind')) map.addLayer(layer);
    loaded = true;
    if (pending) apply(pending);
  };

  const apply = (model: MapModel) => {
    const redraw =
      drawn?.network !== model.network ||
      drawn.palette !== model.palette ||
      drawn.cityStyle !== model.cityStyle ||
      drawn.colorBy !== model.colorBy ||
      drawn.selectedCityId !== model.selectedCityId;
    if (redraw) container.dataset.mapIdle = 'false';
    const networkChanged = drawn?.network !== model.network;
    if (networkChanged || drawn?.cityStyle !== model.cityStyle) {
      (map.getSource(SOURCES.cities) as GeoJSONSource).setData(
        cityFeatures(model.network, model.cityStyle),
      );
    }
    if (networkChanged || drawn?.palette !== model.palette) {
      const positionOf = (id: string): [number, number] | undefined => {
        const city = model.dataset.cityById.get(id);
        return city ? [city.lon, city.lat] : undefined;
      };
      if (drawn?.dataset !== model.dataset) arcs = new Map();
      (map.getSource(SOURCES.links) as GeoJSONSource).setData(
        linkFeatures(model.network, positionOf, model.palette, arcs),
      );
    }
    if (networkChanged) {
      adjacency = buildAdjacency(model.network);
      ids = featureIds(model.network);
      // Feature ids are indexes, which now name other features: forget every state.
      map.removeFeatureState({ source: SOURCES.cities });
      map.removeFeatureState({ source: SOURCES.links });
      focus = null;
    }
    if (drawn?.colorBy !== model.colorBy) {
      for (const layer of COLORED_LINK_LAYERS)
        map.setPaintProperty(layer, 'line-color', linkColor(model.colorBy));
    }
    if (drawn?.network !== model.network || drawn.highlightYear !== model.highlightYear) {
      const year = model.highlightYear;
      const ids =
        year === null
          ? []
          : model.network.edges.filter((e) => e.years.includes(year)).map((e) => e.id);
      map.setFilter(LAYERS.newLinks, newLinksFilter(ids));
    }
    if (drawn?.selectedCityId !== model.selectedCityId) {
      map.setFilter(LAYERS.selected, ['==', ['get', 'id'], model.selectedCityId ?? '']);
    }
    // A new dataset gets the camera asked for, or one that shows it all; filter changes keep
    // the user's camera.
    const newDataset = drawn?.dataset !== model.dataset;
    drawn = model;
    refreshFocus();
    if (model.camera && !sameCamera(model.camera, currentCamera())) {
      map.jumpTo({ center: model.camera.center, zoom: model.camera.zoom });
    } else if (newDataset && !model.camera) {
      fit(false);
    }
  };

  /** Highlights the hovered (here or in a linked view) or selected city and its neighbours. */
  const refreshFocus = () => {
    const cityId = hoveredCityId ?? drawn?.linkedHoverCityId ?? drawn?.selectedCityId ?? null;
    const next = cityId ? focusTarget(ids, neighbourhood(adjacency, cityId)) : null;
    setFocusState(focus, false);
    setFocusState(next, true);
    if (Boolean(focus) !== Boolean(next)) {
      for (const [layer, property] of FOCUS_LAYERS) {
        map.setPaintProperty(layer, property, focusOpacity(BASE_OPACITY[layer], next !== null));
      }
    }
    focus = next;
  };

  const setFocusState = (target: typeof focus, value: boolean) => {
    if (!target) return;
    for (const id of target.cities)
      map.setFeatureState({ source: SOURCES.cities, id }, { focus: value });
    for (const id of target.links)
      map.setFeatureState({ source: SOURCES.links, id }, { focus: value });
  };

  const fit = (animate: boolean) => {
    const cities = drawn?.network.nodes ?? [];
    if (cities.length === 0) return;
    const [west, south, east, north] = bbox({
      type: 'MultiPoint',
      coordinates: cities.map((node) => [node.city.lon, node.city.lat]),
    });
    map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: 48, maxZoom: 7, animate },
      // Marks the move as the user's (Reset view) or the first view, so its camera is reported.
      { fitted: true },
    );
  };

  const onCityMove = (event: MapLayerMouseEvent) => {
    const id = event.features?.[0]?.properties?.id;
    if (typeof id !== 'string') return;
    map.getCanvas().style.cursor = 'pointer';
    if (hoveredCityId !== id) {
      hoveredCityId = id;
      refreshFocus();
    }
    options.onHover({ type: 'city', id, x: event.point.x, y: event.point.y });
  };
  const onCityLeave = () => {
    map.getCanvas().style.cursor = '';
    hoveredCityId = null;
    refreshFocus();
    options.onHover(null);
  };
  const onLinkMove = (event: MapLayerMouseEvent) => {
    // Cities are drawn over links: when both are under the pointer, the city wins.
    if (hoveredCityId) return;
    const id = event.features?.[0]?.properties?.id;
    if (typeof id !== 'string') return;
    map.getCanvas().style.cursor = 'help';
    options.onHover({ type: 'link', id, x: event.point.x, y: event.point.y });
  };
  const onLinkLeave = () => {
    if (hoveredCityId) return;
    map.getCanvas().style.cursor = '';
    options.onHover(null);
  };
  const onCityClick = (event: MapLayerMouseEvent) => {
    const id = event.features?.[0]?.properties?.id;
    if (typeof id === 'string') options.onSelectCity(id);
  };
  const currentCamera = (): Camera => {
    const { lng, lat } = map.getCenter();
    return { center: [lng, lat], zoom: map.getZoom() };
  };
  // Only moves made by the user are reported; those made by `jumpTo` here are not.
  const onMoveEnd = (event: { originalEvent?: unknown; fitted?: boolean }) => {
    if (event.originalEvent || event.fitted) options.onCameraChange(currentCamera());
  };
  const onIdle = () => {
    if (loaded) container.dataset.mapIdle = 'true';
  };

  // The container changes size without the window doing so (views side by side, a profile
  // opening), which MapLibre does not notice by itself.
  const resizeObserver = new ResizeObserver(() => map.resize());
  resizeObserver.observe(container);

  // Every listener added here, so that `destroy` removes exactly these.
  const layerListeners: [
    'mousemove' | 'mouseleave' | 'click',
    string,
    (event: MapLayerMouseEvent) => void,
  ][] = [
    ['mousemove', LAYERS.cities, onCityMove],
    ['mouseleave', LAYERS.cities, onCityLeave],
    ['mousemove', LAYERS.linkHit, onLinkMove],
    ['mouseleave', LAYERS.linkHit, onLinkLeave],
    ['click', LAYERS.cities, onCityClick],
  ];
  map.on('load', onLoad);
  map.on('idle', onIdle);
  map.on('moveend', onMoveEnd);
  for (const [type, layer, listener] of layerListeners) map.on(type, layer, listener);

  return {
    update(model) {
      if (destroyed) return;
      if (!loaded) {
        pending = model;
        return;
      }
      apply(model);
    },
    resetView() {
      if (!destroyed && loaded) fit(true);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      resizeObserver.disconnect();
      map.off('load', onLoad);
      map.off('idle', onIdle);
      map.off('moveend', onMoveEnd);
      for (const [type, layer, listener] of layerListeners) map.off(type, layer, listener);
      map.remove();
    },
  };
}

/** True when two cameras differ by less than the URL's rounding. */
function sameCamera(a: Camera, b: Camera): boolean {
  return (
    Math.abs(a.center[0] - b.center[0]) < 0.001 &&
    Math.abs(a.center[1] - b.center[1]) < 0.001 &&
    Math.abs(a.zoom - b.zoom) < 0.01
  );
}
