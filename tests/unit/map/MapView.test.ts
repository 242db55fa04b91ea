// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MapModel } from '../../../src/map/MapView';
import { recordHighlight } from '../../../src/domain/records';
import { sampleModel } from './overlays/support';

type Listener = (event: unknown) => void;

/** A stand-in for MapLibre's map: records what the map view asks of it. */
class FakeMap {
  static last: FakeMap;
  calls: { op: string; args: unknown[] }[] = [];
  listeners: { type: string; layer?: string; listener: Listener }[] = [];
  layers = new Set<string>();
  sources = new Set<string>();
  removed = 0;
  touchZoomRotate = { disableRotation() {} };
  canvas = document.createElement('canvas');
  /** What `queryRenderedFeatures` finds under the pointer, by layer. */
  rendered = new Map<string, unknown[]>();
  constructor() {
    FakeMap.last = this;
  }
  on(type: string, layerOrListener: string | Listener, maybe?: Listener) {
    this.listeners.push(
      typeof layerOrListener === 'string'
        ? { type, layer: layerOrListener, listener: maybe! }
        : { type, listener: layerOrListener },
    );
  }
  off(type: string, layerOrListener: string | Listener, maybe?: Listener) {
    const listener = typeof layerOrListener === 'string' ? maybe : layerOrListener;
    const layer = typeof layerOrListener === 'string' ? layerOrListener : undefined;
    this.listeners = this.listeners.filter(
      (l) => !(l.type === type && l.layer === layer && l.listener === listener),
    );
  }
  fire(type: string, event: unknown = {}, layer?: string) {
    for (const l of this.listeners) if (l.type === type && l.layer === layer) l.listener(event);
  }
  addSource(id: string) {
    this.sources.add(id);
    this.calls.push({ op: 'addSource', args: [id] });
  }
  addLayer(layer: { id: string; source?: string }) {
    // As MapLibre does, a layer needs its source first.
    if (layer.source && !this.sources.has(layer.source))
      throw new Error(`no source ${layer.source}`);
    this.layers.add(layer.id);
    this.calls.push({ op: 'addLayer', args: [layer.id] });
  }
  getLayer(id: string) {
    return this.layers.has(id) ? { id } : undefined;
  }
  getSource(id: string) {
    if (!this.sources.has(id)) return undefined;
    return { setData: (data: unknown) => this.calls.push({ op: 'setData', args: [id, data] }) };
  }
  removeLayer(id: string) {
    this.layers.delete(id);
    this.calls.push({ op: 'removeLayer', args: [id] });
  }
  removeSource(id: string) {
    // As MapLibre does, a source in use by a layer cannot go.
    if (this.layers.size > 0) throw new Error(`source ${id} still in use`);
    this.sources.delete(id);
    this.calls.push({ op: 'removeSource', args: [id] });
  }
  remove() {
    this.removed++;
  }
  record =
    (op: string) =>
    (...args: unknown[]) =>
      this.calls.push({ op, args });
  setFilter = this.record('setFilter');
  setPaintProperty = this.record('setPaintProperty');
  setFeatureState = this.record('setFeatureState');
  removeFeatureState = this.record('removeFeatureState');
  triggerRepaint = this.record('triggerRepaint');
  jumpTo = this.record('jumpTo');
  easeTo = this.record('easeTo');
  addImage = this.record('addImage');
  /** Where `fitBounds` takes the camera; as MapLibre does, the move fires `zoom` at once. */
  fitZoom: number | null = null;
  fitBounds(...args: unknown[]) {
    this.calls.push({ op: 'fitBounds', args });
    if (this.fitZoom === null) return;
    this.zoom = this.fitZoom;
    this.fire('zoom');
  }
  addControl() {}
  resize() {}
  setFontFaces() {}
  getCanvas() {
    return this.canvas;
  }
  queryRenderedFeatures(_point: unknown, options: { layers: string[] }) {
    return options.layers.flatMap((layer) => this.rendered.get(layer) ?? []);
  }
  getCenter() {
    return { lng: 0, lat: 0 };
  }
  zoom = 0;
  getZoom() {
    return this.zoom;
  }
  /** Where every place is drawn, in container pixels. */
  projected = { x: 0, y: 0 };
  project() {
    return this.projected;
  }
  take(op?: string) {
    const taken = this.calls.filter((call) => !op || call.op === op);
    this.calls = this.calls.filter((call) => op && call.op !== op);
    return taken;
  }
}

vi.mock('maplibre-gl', () => ({
  Map: FakeMap,
  NavigationControl: class {},
  AttributionControl: class {},
  LngLatBounds: class {},
  setWorkerUrl: () => {},
}));
vi.mock('maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url', () => ({ default: 'worker.js' }));

const { createMapView } = await import('../../../src/map/MapView');
const { OVERLAYS } = await import('../../../src/map/overlays/index');

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function setUp(options: Partial<Parameters<typeof createMapView>[1]> = {}) {
  const container = document.createElement('div');
  const selected = { cities: [] as (string | null)[], links: [] as string[] };
  const view = createMapView(container, {
    basemapUrl: 'http://localhost/basemap.geojson',
    fontUrl: 'http://localhost/font.woff2',
    onHover: () => {},
    onSelectCity: (id) => selected.cities.push(id),
    onSelectLink: (id) => selected.links.push(id),
    onCameraChange: () => {},
    ...options,
  });
  // A new dataset is drawn a few tasks later (see the test of that): these tests look once it has.
  const drawn: typeof view = {
    ...view,
    update(model) {
      view.update(model);
      vi.runAllTimers();
    },
  };
  return { container, view: drawn, unwrapped: view, map: FakeMap.last, selected };
}

const overlays = OVERLAYS.map((create) => create());
const layerIds = overlays.flatMap((overlay) => overlay.layers.map((layer) => layer.id));
const sourceIds = overlays.flatMap((overlay) => overlay.sources.map(([id]) => id));

describe('the map view', () => {
  it("adds every overlay's sources and layers once, bottom to top, and draws the model it was given before loading", () => {
    const { view, map } = setUp();
    const model: MapModel = sampleModel();
    view.update(model);
    expect(map.calls).toEqual([]);
    map.fire('load');
    vi.runAllTimers();
    const calls = map.take();
    const added = calls.filter((call) => ['addSource', 'addLayer'].includes(call.op));
    expect(added).toEqual([
      ...sourceIds.map((id) => ({ op: 'addSource', args: [id] })),
      ...layerIds.map((id) => ({ op: 'addLayer', args: [id] })),
    ]);
    expect(calls.filter((call) => call.op === 'setData').length).toBeGreaterThan(0);
    view.update({ ...model, selectedCityId: 'osaka' });
    expect(map.calls.filter((call) => call.op.startsWith('add'))).toEqual([]);
    view.destroy();
  });

  it('redraws only what changed, and waits for the map to draw again before saying it is idle', () => {
    const { container, view, map } = setUp();
    const model: MapModel = sampleModel();
    map.fire('load');
    view.update(model);
    map.take();
    map.fire('idle');
    expect(container.dataset.mapIdle).toBe('true');

    view.update({ ...model });
    expect(map.take()).toEqual([]);
    expect(container.dataset.mapIdle).toBe('true');

    view.update({ ...model, selectedCityId: 'osaka' });
    const calls = map.take();
    expect(calls.map((call) => call.op)).toContain('setFilter');
    expect(calls.map((call) => call.op)).not.toContain('setData');
    expect(calls.at(-1)!.op).toBe('triggerRepaint');
    expect(container.dataset.mapIdle).toBe('false');
    view.destroy();
  });

  it('fits the camera to a new dataset before drawing it, so that its sources are set once', () => {
    const { view, map } = setUp();
    map.fire('load');
    view.update(sampleModel());
    map.take();
    // The clusters at the fitted zoom differ from those at zoom 0: a draw before the fit, or of
    // the old data at the fit's zoom event, would set the sources twice.
    map.fitZoom = 9;
    view.update(sampleModel());
    const calls = map.take();
    const ops = calls.map((call) => call.op);
    expect(ops).toContain('fitBounds');
    expect(ops.indexOf('fitBounds')).toBeLessThan(ops.indexOf('setData'));
    const dataSet = calls.filter((call) => call.op === 'setData').map((call) => call.args[0]);
    expect(dataSet.length).toBeGreaterThan(0);
    expect(new Set(dataSet).size).toBe(dataSet.length);
    view.destroy();
  });

  it("draws a new dataset in a task of its own after the camera's fit, the latest model given meanwhile", () => {
    const { container, view, unwrapped, map } = setUp();
    map.fire('load');
    view.update(sampleModel());
    map.fire('idle');
    map.take();
    expect(container.dataset.focusCities).toBe('0');
    map.fitZoom = 9;
    const next = sampleModel();
    unwrapped.update(next);
    // The fit, and nothing drawn yet: the map is not idle, and a filter change meanwhile waits too.
    expect(map.take().map((call) => call.op)).toEqual(['fitBounds']);
    expect(container.dataset.mapIdle).toBe('false');
    unwrapped.update({ ...next, selectedCityId: 'osaka' });
    expect(map.take()).toEqual([]);
    // Next task: the clusters at the fitted zoom are worked out, still nothing drawn. The map
    // settling on the old data meanwhile is not the new data drawn.
    vi.advanceTimersToNextTimer();
    expect(map.take()).toEqual([]);
    map.fire('idle');
    expect(container.dataset.mapIdle).toBe('false');
    // The task after: the latest model is drawn, once, and the map drawn again to say so.
    vi.advanceTimersToNextTimer();
    const calls = map.take();
    const dataSet = calls.filter((call) => call.op === 'setData').map((call) => call.args[0]);
    expect(dataSet.length).toBeGreaterThan(0);
    expect(new Set(dataSet).size).toBe(dataSet.length);
    expect(calls.at(-1)!.op).toBe('triggerRepaint');
    // The selection's neighbourhood is in focus: the filter change was the model drawn.
    expect(Number(container.dataset.focusCities)).toBeGreaterThan(0);
    expect(vi.getTimerCount()).toBe(0);
    map.fire('idle');
    expect(container.dataset.mapIdle).toBe('true');
    view.destroy();
  });

  it('is not idle while the camera moves, and idle again once the map has settled', () => {
    const { container, view, map } = setUp();
    map.fire('load');
    view.update(sampleModel());
    map.fire('idle');
    expect(container.dataset.mapIdle).toBe('true');
    map.fire('movestart');
    expect(container.dataset.mapIdle).toBe('false');
    map.fire('idle');
    expect(container.dataset.mapIdle).toBe('true');
    view.destroy();
  });

  it('eases a city selected under the legend to the middle of the part of the map left free', () => {
    // A 1000 × 600 map, its toolbar along the top, the legend at the lower left.
    const covers = {
      fixed: [{ left: 10, top: 10, right: 570, bottom: 50 }],
      legend: { left: 10, top: 330, right: 245, bottom: 590 } as null | {
        left: number;
        top: number;
        right: number;
        bottom: number;
      },
    };
    let folded = 0;
    const { container, view, map } = setUp({
      covers: () => covers,
      onFoldLegend: () => folded++,
    });
    Object.defineProperty(container, 'clientWidth', { value: 1000 });
    Object.defineProperty(container, 'clientHeight', { value: 600 });
    map.fire('load');
    const model = sampleModel();
    view.update(model);
    map.take();

    // Drawn under the legend: eased to the centre of the free part, (253..1000) × (58..600).
    map.projected = { x: 120, y: 450 };
    view.update({ ...model, selectedCityId: 'osaka' });
    const [ease] = map.take('easeTo');
    expect(ease!.args[0]).toMatchObject({ offset: [126.5, 29] });
    expect(folded).toBe(0);

    // Drawn in the free part: the map stays where the user sees it.
    map.projected = { x: 600, y: 300 };
    view.update({ ...model, selectedCityId: 'hue' });
    expect(map.take('easeTo')).toEqual([]);

    // A legend leaving too narrow a strip beside it folds, and the map uses the whole width.
    covers.legend = { left: 10, top: 60, right: 880, bottom: 590 };
    map.projected = { x: 300, y: 400 };
    view.update({ ...model, selectedCityId: 'osaka' });
    expect(folded).toBe(1);
    expect(map.take('easeTo')).toEqual([]);
    view.destroy();
  });

  it("focuses the hovered city's neighbourhood, and lets it go when the pointer leaves", () => {
    const { view, map } = setUp();
    map.fire('load');
    view.update(sampleModel());
    map.take();
    const event = { features: [{ properties: { id: 'hue' } }], point: { x: 1, y: 2 } };
    map.fire('mousemove', event, 'cities');
    const marked = map.take('setFeatureState');
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((call) => (call.args[1] as { focus: boolean }).focus)).toBe(true);
    map.fire('mouseleave', {}, 'cities');
    // Exactly the features marked are let go, none left in focus.
    const released = map.take('setFeatureState');
    expect(released.map((call) => call.args[0])).toEqual(marked.map((call) => call.args[0]));
    expect(released.every((call) => !(call.args[1] as { focus: boolean }).focus)).toBe(true);
    view.destroy();
  });

  it("lists a link's records on a click on it, gives a click on a city to the city, and a click on empty ground closes", () => {
    const { view, map, selected } = setUp();
    map.fire('load');
    view.update(sampleModel());
    const at = { point: { x: 5, y: 6 } };
    const onLink = { ...at, features: [{ properties: { id: 'partnership:hue~osaka' } }] };
    map.fire('mousemove', onLink, 'links-hit');
    expect(map.canvas.style.cursor).toBe('pointer');
    map.rendered.set('links-hit', onLink.features);
    map.fire('click', at);
    expect(selected.links).toEqual(['partnership:hue~osaka']);
    // Osaka is drawn over the end of its link: the click is Osaka's.
    map.rendered.set('cities', [{ properties: { id: 'osaka' } }]);
    map.fire('click', at);
    expect(selected.links).toEqual(['partnership:hue~osaka']);
    expect(selected.cities).toEqual(['osaka']);
    map.rendered.clear();
    map.fire('click', at);
    expect(selected.cities).toEqual(['osaka', null]);
    view.destroy();
  });

  it('brings the open record forward, tells what it handed the map on its container, and lets a hover take over', () => {
    const { container, view, map } = setUp();
    map.fire('load');
    const closed = sampleModel();
    const highlight = recordHighlight(closed.dataset, closed.network, {
      kind: 'workshop',
      id: 'w1',
    });
    const open = { ...closed, highlight };
    view.update(closed);
    expect(container.dataset).toMatchObject({
      focusCities: '0',
      focusLinks: '0',
      highlightRoles: '',
    });
    view.update(open);
    // Osaka hosted Bandung and Cebu: three cities, the two workshop links and their co-attendance.
    expect(container.dataset).toMatchObject({
      focusCities: '3',
      focusLinks: '3',
      highlightRoles: 'host:1 participant:2',
    });
    const marked = map.take('setFeatureState');
    expect(marked.filter((call) => (call.args[1] as { focus: boolean }).focus)).toHaveLength(6);
    // Hovering Hue shows Hue's partnership while hovered; the roles stay marked.
    map.fire(
      'mousemove',
      { features: [{ properties: { id: 'hue' } }], point: { x: 1, y: 2 } },
      'cities',
    );
    expect(container.dataset).toMatchObject({
      focusCities: '2',
      focusLinks: '1',
      highlightRoles: 'host:1 participant:2',
    });
    map.fire('mouseleave', {}, 'cities');
    expect(container.dataset).toMatchObject({ focusCities: '3', focusLinks: '3' });
    view.update({ ...open, highlight: null });
    expect(container.dataset).toMatchObject({
      focusCities: '0',
      focusLinks: '0',
      highlightRoles: '',
    });
    view.destroy();
  });

  it('removes its layers, sources and every listener on destroy, and can be destroyed twice', () => {
    const { view, map } = setUp();
    map.fire('load');
    view.update(sampleModel());
    map.take();
    view.destroy();
    view.destroy();
    expect(map.listeners).toEqual([]);
    expect(map.layers.size).toBe(0);
    expect(map.sources.size).toBe(0);
    expect(map.take('removeLayer').map((call) => call.args[0])).toEqual([...layerIds].reverse());
    expect(map.removed).toBe(1);
    map.take();
    // A late update after destroy draws nothing.
    view.update(sampleModel());
    expect(map.calls).toEqual([]);
  });
});
