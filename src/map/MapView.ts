/**
 * The map's lifecycle object: owns one MapLibre map, draws a network on it through the overlays
 * of `overlays/index.ts`, reports hover and clicks. Overlays' sources and layers are added once;
 * `update` hands each overlay the new model and the one it drew last, and the overlay calls the
 * map only for what changed; `destroy` is safe to call twice, removes the overlays and every
 * listener it added.
 */
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
  type MapLayerMouseEvent,
  type MapMouseEvent,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { createClusterControl } from './clusterControl';
import { createFraming } from './framing';
import { createLedger } from './ledger';
import { createSnapshots, MAX_CANVAS } from './snapshot';
import type { Camera, MapModel, MapView, MapViewOptions } from './model';
import { CITY_LAYERS } from './overlays/cities';
import { CLUSTER_LAYER } from './overlays/clusters';
import { createFocusTracker } from './overlays/focus';
import { OVERLAYS } from './overlays/index';
import { LINK_LAYERS } from './overlays/links';
import type { OverlayMap, OverlayModel } from './overlays/overlay';
import { GUARD_IMAGE } from './overlays/guard';
import { LABEL_FONT, offlineStyle } from './style';

export type {
  Camera,
  MapControlLabels,
  MapCovers,
  MapHover,
  MapModel,
  MapView,
  MapViewOptions,
} from './model';

// maplibre 6 is ESM-only and Vite does not emit its worker by itself.
setWorkerUrl(workerUrl);

/**
 * Creates the map in `container`. The container's `data-map-idle` attribute is `true` once the
 * map has drawn the latest model, for tests and screenshots to wait on; `data-focus-cities`,
 * `data-focus-links` and `data-highlight-roles` say what the overlays handed MapLibre (see
 * `createLedger`).
 */
export function createMapView(container: HTMLElement, options: MapViewOptions): MapView {
  const map = new MapLibreMap({
    container,
    style: options.styleUrl ?? offlineStyle(options.basemapUrl, options.fontUrl),
    center: [118, 15],
    zoom: 2.6,
    attributionControl: false,
    locale: options.labels && {
      'Map.Title': options.labels.canvas,
      'NavigationControl.ZoomIn': options.labels.zoomIn,
      'NavigationControl.ZoomOut': options.labels.zoomOut,
      'AttributionControl.ToggleAttribution': options.labels.attribution,
    },
    // One world: the network is drawn once, with arcs cut at the antimeridian.
    renderWorldCopies: false,
    maxCanvasSize: [MAX_CANVAS, MAX_CANVAS],
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
  const overlays = OVERLAYS.map((create) => create());
  // What the overlays drew last, to diff the next model against.
  let drawn: OverlayModel | null = null;
  // A new dataset's first draw, waiting for its turn (see `drawLater`).
  let queued: QueuedDraw | null = null;
  let moving = false;
  let hoveredCityId: string | null = null;
  const focusOf = createFocusTracker();

  // The map as overlays see it, noting what it is handed. Any call means the map draws again,
  // so `data-map-idle` waits.
  let touched = false;
  const ledger = createLedger({
    setData(source, data) {
      touched = true;
      (map.getSource(source) as GeoJSONSource).setData(data);
    },
    setFilter(layer, filter) {
      touched = true;
      map.setFilter(layer, filter);
    },
    setPaintProperty(layer, name, value) {
      touched = true;
      map.setPaintProperty(layer, name, value);
    },
    setFeatureState(feature, state) {
      touched = true;
      map.setFeatureState(feature, state);
    },
    removeFeatureState(feature) {
      touched = true;
      map.removeFeatureState(feature);
    },
  });
  const target: OverlayMap = ledger.map;

  const onLoad = () => {
    if (options.styleUrl) map.setFontFaces({ [LABEL_FONT]: [{ url: options.fontUrl }] });
    map.addImage(GUARD_IMAGE.name, GUARD_IMAGE.image);
    // Every source first: an overlay's layers may draw from another overlay's source.
    for (const overlay of overlays)
      for (const [id, source] of overlay.sources) map.addSource(id, source);
    for (const overlay of overlays) for (const layer of overlay.layers) map.addLayer(layer);
    loaded = true;
    if (pending) apply(pending);
  };

  /**
   * Brings every overlay to `model`, focusing the hovered city (here or in a linked view), else
   * the open record or link, else the selected city.
   */
  const draw = (model: MapModel) => {
    const focus = focusOf(model.network, {
      hoveredCityId: hoveredCityId ?? model.linkedHoverCityId,
      highlight: model.highlight,
      selectedCityId: model.selectedCityId,
    });
    const next: OverlayModel = { ...model, focus, ...clusterControl.drawing(model) };
    touched = false;
    for (const overlay of overlays) overlay.update(next, drawn, target);
    drawn = next;
    Object.assign(container.dataset, ledger.attributes());
    if (touched) {
      container.dataset.mapIdle = 'false';
      // A call that changed nothing (the same filter again) draws no frame, and so no `idle`.
      map.triggerRepaint();
    }
  };

  /**
   * Draws `model` two tasks from now, its clusters worked out in the first: with the camera's
   * fit, a new dataset's first draw was one task of 225–250 ms at 10,000 cities. A model
   * given meanwhile takes the waiting one's place.
   */
  const drawLater = (model: MapModel) => {
    container.dataset.mapIdle = 'false';
    if (queued) {
      queued.model = model;
      return;
    }
    const waiting: QueuedDraw = { model, timer: undefined };
    queued = waiting;
    waiting.timer = setTimeout(() => {
      // Memoised by the cluster control: the draw finds them made.
      clusterControl.prepare(waiting.model);
      waiting.timer = setTimeout(drawWaiting);
    });
  };

  /** Draws the model waiting, now (its turn has come, or a snapshot needs it drawn). */
  const drawWaiting = () => {
    if (!queued) return;
    clearTimeout(queued.timer);
    const { model } = queued;
    queued = null;
    draw(model);
    // The map may have settled while this draw waited: a frame to come brings the `idle`.
    map.triggerRepaint();
  };

  const apply = (model: MapModel) => {
    const last = queued?.model ?? drawn;
    // A new dataset gets the camera asked for, or one that shows it all; filter changes keep
    // the user's camera.
    const newDataset = last?.dataset !== model.dataset;
    const newSelection = (last?.selectedCityId ?? null) !== model.selectedCityId;
    // Only a camera newly asked for moves the map: a model that keeps the old one (a hover
    // during an eased move) must not jump back.
    const askedCamera =
      model.camera !== null &&
      !(last?.camera && sameCamera(last.camera, model.camera)) &&
      !sameCamera(model.camera, currentCamera());
    // The camera moves first, so that the overlays draw once, at the zoom they are seen at
    // (`moving` keeps the move's zoom event from drawing the clusters: 0.2 s at 10,000 cities).
    moving = true;
    try {
      if (askedCamera) map.jumpTo({ center: model.camera!.center, zoom: model.camera!.zoom });
      else if (newDataset && !model.camera) framing.fit(model.network.nodes, false);
    } finally {
      moving = false;
      if (newDataset || queued) drawLater(model);
      else draw(model);
    }
    // A camera asked for with the selection (a link, a scene) is kept as it was asked.
    if (newSelection && model.selectedCityId && !askedCamera) reveal(model, model.selectedCityId);
  };

  /** Redraws the focus after the pointer moved onto or off a city. */
  const hover = (cityId: string | null) => {
    hoveredCityId = cityId;
    // A waiting draw takes the hover with it.
    if (drawn && !queued) draw(drawn);
  };

  const framing = createFraming(map, container, options);
  const fit = (animate: boolean) =>
    framing.fit((queued?.model ?? drawn)?.network.nodes ?? [], animate);
  const reveal = (model: MapModel, cityId: string) => {
    const city = model.network.nodes.find((node) => node.id === cityId)?.city;
    if (city) framing.reveal(city);
  };

  const onCityMove = (event: MapLayerMouseEvent) => {
    const id = event.features?.[0]?.properties?.id;
    if (typeof id !== 'string') return;
    map.getCanvas().style.cursor = 'pointer';
    if (hoveredCityId !== id) hover(id);
    options.onHover({ type: 'city', id, x: event.point.x, y: event.point.y });
  };
  const onCityLeave = () => {
    map.getCanvas().style.cursor = '';
    hover(null);
    options.onHover(null);
  };
  // A cluster names its places; a city drawn beside it wins, as on a click, and it wins over
  // the links under it.
  let overCluster = false;
  const onClusterMove = (event: MapLayerMouseEvent) => {
    if (hoveredCityId) return;
    const id = event.features?.[0]?.properties?.id;
    if (typeof id !== 'string') return;
    overCluster = true;
    map.getCanvas().style.cursor = 'pointer';
    const members = clusterControl.membersOf(id);
    if (members.length === 0) return;
    options.onHover({ type: 'cluster', members, x: event.point.x, y: event.point.y });
  };
  const onClusterLeave = () => {
    overCluster = false;
    onMarkLeave();
  };
  const onLinkMove = (event: MapLayerMouseEvent) => {
    // Cities and clusters are drawn over links: when both are under the pointer, they win.
    if (hoveredCityId || overCluster) return;
    const id = event.features?.[0]?.properties?.id;
    if (typeof id !== 'string') return;
    // A link is clicked to list its records.
    map.getCanvas().style.cursor = 'pointer';
    options.onHover({ type: 'link', id, x: event.point.x, y: event.point.y });
  };
  const onMarkLeave = () => {
    if (hoveredCityId || overCluster) return;
    map.getCanvas().style.cursor = '';
    options.onHover(null);
  };
  // One click handler for the whole map, asking what is under the pointer (a touch has no hover
  // before it): cities are drawn over links, so a click on both is the city's; a click on
  // empty ground selects nothing, which closes whatever is open, as in the graph.
  const onClick = (event: MapMouseEvent) => {
    const idAt = (layer: string) => {
      const id = map.queryRenderedFeatures(event.point, { layers: [layer] })[0]?.properties?.id;
      return typeof id === 'string' ? id : null;
    };
    // The city the pointer names (its tooltip shows) wins over a cluster's pie beside it.
    const city = idAt(CITY_LAYERS.circles);
    if (city !== null) return options.onSelectCity(city);
    // A cluster, or a link between clusters, opens by zooming in; its tooltip goes with it.
    if (clusterControl.click(event)) {
      overCluster = false;
      options.onHover(null);
      return;
    }
    const link = idAt(LINK_LAYERS.hit);
    if (link !== null) return options.onSelectLink(link);
    options.onSelectCity(null);
  };
  const currentCamera = (): Camera => {
    const { lng, lat } = map.getCenter();
    return { center: [lng, lat], zoom: map.getZoom() };
  };
  // Only moves made by the user are reported; those made by `jumpTo` here are not.
  const onMoveEnd = (event: { originalEvent?: unknown; fitted?: boolean }) => {
    if (event.originalEvent || event.fitted) options.onCameraChange(currentCamera());
  };
  // Not settled while a draw waits: the map shows the data it had.
  const onIdle = () => {
    if (loaded && !queued) container.dataset.mapIdle = 'true';
  };
  // A moving camera draws frames still to come: not settled until the next `idle`.
  const onMoveStart = () => {
    if (loaded) container.dataset.mapIdle = 'false';
  };

  const snapshots = createSnapshots(map, container, () => loaded && !destroyed);
  // Clusters part and join with the whole zoom level: then the overlays draw anew.
  const clusterControl = createClusterControl(map, container, () => {
    if (loaded && !destroyed && drawn && !moving && !queued) draw(drawn);
  });

  // The container changes size without the window doing so (views side by side, a profile
  // opening), which MapLibre does not notice by itself.
  const resizeObserver = new ResizeObserver(() => map.resize());
  resizeObserver.observe(container);

  // Every listener added here, so that `destroy` removes exactly these.
  const layerListeners: [
    'mousemove' | 'mouseleave',
    string,
    (event: MapLayerMouseEvent) => void,
  ][] = [
    ['mousemove', CITY_LAYERS.circles, onCityMove],
    ['mouseleave', CITY_LAYERS.circles, onCityLeave],
    ['mousemove', CLUSTER_LAYER, onClusterMove],
    ['mouseleave', CLUSTER_LAYER, onClusterLeave],
    ['mousemove', LINK_LAYERS.hit, onLinkMove],
    ['mouseleave', LINK_LAYERS.hit, onMarkLeave],
  ];
  map.on('load', onLoad);
  map.on('idle', onIdle);
  map.on('movestart', onMoveStart);
  map.on('moveend', onMoveEnd);
  map.on('click', onClick);
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
    snapshot(scale) {
      drawWaiting();
      return snapshots.take(scale);
    },
    maxCanvasSide: snapshots.maxCanvasSide,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (queued) clearTimeout(queued.timer);
      snapshots.end();
      clusterControl.destroy();
      resizeObserver.disconnect();
      map.off('load', onLoad);
      map.off('idle', onIdle);
      map.off('movestart', onMoveStart);
      map.off('moveend', onMoveEnd);
      map.off('click', onClick);
      for (const [type, layer, listener] of layerListeners) map.off(type, layer, listener);
      if (loaded) {
        // Top to bottom, layers before the sources they draw from.
        for (const overlay of [...overlays].reverse()) {
          for (const layer of [...overlay.layers].reverse())
            if (map.getLayer(layer.id)) map.removeLayer(layer.id);
        }
        for (const overlay of overlays)
          for (const [id] of overlay.sources) if (map.getSource(id)) map.removeSource(id);
      }
      map.remove();
    },
  };
}

/** A model waiting to be drawn, and the timer of its next step. */
interface QueuedDraw {
  model: MapModel;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** True when two cameras differ by less than the URL's rounding. */
function sameCamera(a: Camera, b: Camera): boolean {
  return (
    Math.abs(a.center[0] - b.center[0]) < 0.001 &&
    Math.abs(a.center[1] - b.center[1]) < 0.001 &&
    Math.abs(a.zoom - b.zoom) < 0.01
  );
}
