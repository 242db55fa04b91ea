// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cityStyle } from '../../../src/domain/cityStyle';
import { computeMetrics } from '../../../src/domain/metrics';
import type { Network, NetworkEdge, NetworkNode } from '../../../src/domain/network';
import { ROLE_LOOK } from '../../../src/domain/encoding';
import { EDGE_KIND_COLORS, type ThemePalette } from '../../../src/domain/palette';
import type { Highlight, HighlightRole } from '../../../src/domain/records';
import { createGraphView, type GraphModel } from '../../../src/graph/GraphView';
import type { LayoutRequest } from '../../../src/graph/protocol';
import type { FromWorker, ToWorker } from '../../../src/workers/protocol';
import { makeCity, makeWorkshop } from '../../support/records';

/** A layout reply: progress, or positions (intermediate, or final as the job's result). */
type Reply =
  | { type: 'progress'; id: number; done: number }
  | { type: 'positions'; id: number; positions: Float64Array; final: boolean };

/** A stand-in for the layout worker: records what it is sent, answers when told to. */
class FakeWorker extends EventTarget {
  sent: ToWorker<LayoutRequest>[] = [];
  terminated = 0;
  postMessage(message: ToWorker<LayoutRequest>) {
    this.sent.push(structuredClone(message));
  }
  terminate() {
    this.terminated++;
  }
  /** Answers in the worker protocol, then lets the page handle the answer. */
  async reply(message: Reply) {
    const data: FromWorker<Float64Array, Float64Array> =
      message.type === 'progress'
        ? message
        : { type: message.final ? 'done' : 'partial', id: message.id, value: message.positions };
    this.dispatchEvent(new MessageEvent('message', { data }));
    await new Promise((resolve) => setTimeout(resolve));
  }
  /** The layouts asked for, each with its job id. */
  layouts() {
    return this.sent.flatMap((m) => (m.type === 'run' ? [{ id: m.id, ...m.request }] : []));
  }
}

const palette: ThemePalette = { themes: [], colorOf: () => '#8C8C8C' };
const node = (id: string, lon: number, lat: number): NetworkNode => ({
  id,
  city: makeCity({ id, name: id.toUpperCase(), lat, lon, kind: 'city' }),
  partnerships: 0,
  workshops: 0,
  links: 0,
});
const edge = (source: string, target: string): NetworkEdge => ({
  id: `workshop:${source}~${target}`,
  kind: 'workshop',
  source,
  target,
  themes: [],
  years: [],
  yearUnknown: false,
  partnerships: [],
  workshops: [{} as never],
});
const network = (ids: string[], links: [string, string][]): Network => ({
  nodes: ids.map((id, i) => node(id, 100 + i, 10 + i)),
  edges: links.map(([a, b]) => edge(a, b)),
});
const model = (net: Network, patch: Partial<GraphModel> = {}): GraphModel => ({
  network: net,
  cityStyle: cityStyle(computeMetrics(net), 'degree', 'region'),
  nameOf: (n) => n.city.name,
  linkColorBy: 'kind',
  palette,
  selectedCityId: null,
  highlight: null,
  linkedHoverCityId: null,
  ...patch,
});
/** The canvas' accessible name, as the UI words it. */
const GRAPH_LABEL = 'Network graph of the cities; use the ranking table for a list';
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function setUp() {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const worker = new FakeWorker();
  const calls = {
    hover: [] as unknown[],
    select: [] as unknown[],
    links: [] as string[],
    progress: [] as unknown[],
  };
  const view = createGraphView(container, {
    label: GRAPH_LABEL,
    onHover: (hover) => calls.hover.push(hover),
    onSelectCity: (id) => calls.select.push(id),
    onSelectLink: (id) => calls.links.push(id),
    onProgress: (done) => calls.progress.push(done),
    createWorker: () => worker as unknown as Worker,
  });
  return { container, worker, calls, view };
}

describe('createGraphView', () => {
  // jsdom has no canvas; drawing is skipped and everything else runs.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('adds a focusable, labelled canvas and is not ready before a layout', () => {
    const { container } = setUp();
    const canvas = container.querySelector('canvas')!;
    expect(canvas.tabIndex).toBe(0);
    expect(canvas.getAttribute('role')).toBe('application');
    expect(canvas.getAttribute('aria-label')).toBe(GRAPH_LABEL);
    expect(container.dataset.graphReady).toBe('false');
  });

  it('names its canvas anew when the reader changes language', () => {
    const { container, view } = setUp();
    view.setLabel('都市のネットワーク図');
    expect(container.querySelector('canvas')!.getAttribute('aria-label')).toBe(
      '都市のネットワーク図',
    );
  });

  it('lays out the first network from the map, and is ready once the final positions are drawn', async () => {
    const { container, worker, calls, view } = setUp();
    const net = network(['a', 'b', 'c'], [['a', 'b']]);
    view.update(model(net));
    const [request] = worker.layouts();
    // Cities by index in the network's order, links by their ends' indexes.
    expect(request!.start).toBe('geographic');
    expect([...request!.ends]).toEqual([0, 1]);
    expect([...request!.places]).toEqual([100, 10, 101, 11, 102, 12]);
    expect([...request!.positions].every(Number.isNaN)).toBe(true);
    await worker.reply({ type: 'progress', id: request!.id, done: 0.5 });
    await worker.reply({
      type: 'positions',
      id: request!.id,
      positions: new Float64Array(6),
      final: false,
    });
    await nextFrame();
    expect(container.dataset.graphReady).toBe('false');
    await worker.reply({
      type: 'positions',
      id: request!.id,
      positions: Float64Array.of(10, 10, 50, 10, 90, 10),
      final: true,
    });
    await nextFrame();
    expect(container.dataset.graphReady).toBe('true');
    expect(calls.progress).toEqual([0, 0.5, null]);
  });

  it('only redraws for a change of style, and lays out again, warm, for a new network', async () => {
    const { worker, view } = setUp();
    const first = network(['a', 'b'], [['a', 'b']]);
    view.update(model(first));
    const id = worker.layouts()[0]!.id;
    await worker.reply({
      type: 'positions',
      id,
      positions: Float64Array.of(1, 2, 3, 4),
      final: true,
    });
    view.update(
      model(first, {
        cityStyle: cityStyle(computeMetrics(first), 'betweenness', 'community'),
        selectedCityId: 'a',
      }),
    );
    expect(worker.sent).toHaveLength(1);

    const second = network(['a', 'b', 'c'], [['a', 'c']]);
    view.update(model(second));
    const warm = worker.layouts()[1]!;
    expect(warm.start).toBe('warm');
    // Cities seen before keep their place; the worker places the new one.
    expect([...warm.positions]).toEqual([1, 2, 3, 4, NaN, NaN]);
    expect([...warm.places.slice(4)]).toEqual([102, 12]);
    expect([...warm.ends]).toEqual([0, 2]);
  });

  it('cancels a running layout when the network changes, and ignores its late answers', async () => {
    const { container, worker, view } = setUp();
    view.update(model(network(['a', 'b'], [['a', 'b']])));
    const old = worker.layouts()[0]!.id;
    view.update(model(network(['a', 'c'], [['a', 'c']])));
    expect(worker.sent[1]).toEqual({ type: 'cancel', id: old });
    const current = worker.layouts()[1]!.id;
    await worker.reply({ type: 'positions', id: old, positions: new Float64Array(4), final: true });
    await nextFrame();
    expect(container.dataset.graphReady).toBe('false');
    await worker.reply({
      type: 'positions',
      id: current,
      positions: new Float64Array(4),
      final: true,
    });
    await nextFrame();
    expect(container.dataset.graphReady).toBe('true');
  });

  it('lays out again from the map on request', async () => {
    const { worker, view } = setUp();
    view.update(model(network(['a', 'b'], [['a', 'b']])));
    view.relayout('geographic');
    expect(worker.layouts().map((l) => l.start)).toEqual(['geographic', 'geographic']);
    const id = worker.layouts()[1]!.id;
    await worker.reply({
      type: 'positions',
      id,
      positions: Float64Array.of(5, 6, 7, 8),
      final: true,
    });
    view.relayout('warm');
    expect([...worker.layouts()[2]!.positions]).toEqual([5, 6, 7, 8]);
  });

  it('reports the city under the pointer and selects it on click', async () => {
    const { container, worker, calls, view } = setUp();
    view.update(model(network(['a', 'b'], [['a', 'b']])));
    const id = worker.layouts()[0]!.id;
    await worker.reply({
      type: 'positions',
      id,
      positions: Float64Array.of(20, 20, 200, 20),
      final: true,
    });
    const canvas = container.querySelector('canvas')!;
    canvas.dispatchEvent(new MouseEvent('pointermove', { clientX: 201, clientY: 21 }));
    expect(calls.hover.at(-1)).toEqual({ id: 'b', x: 201, y: 21 });
    canvas.dispatchEvent(new MouseEvent('pointermove', { clientX: 120, clientY: 120 }));
    expect(calls.hover.at(-1)).toBeNull();
    canvas.dispatchEvent(new MouseEvent('click', { clientX: 19, clientY: 22 }));
    expect(calls.select).toEqual(['a']);
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(calls.select).toEqual(['a', null]);
  });

  it("lists a link's records on a click near it, and clears the selection on empty ground", async () => {
    const { container, worker, calls, view } = setUp();
    view.update(model(network(['a', 'b'], [['a', 'b']])));
    const id = worker.layouts()[0]!.id;
    await worker.reply({
      type: 'positions',
      id,
      positions: Float64Array.of(20, 20, 200, 20),
      final: true,
    });
    const canvas = container.querySelector('canvas')!;
    const click = (x: number, y: number) =>
      canvas.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y }));
    // 3 px below the line between the two cities.
    click(110, 23);
    expect(calls.links).toEqual(['workshop:a~b']);
    expect(calls.select).toEqual([]);
    // The city wins over its own link.
    click(24, 20);
    expect(calls.select).toEqual(['a']);
    // 20 px off the line: empty ground.
    click(110, 40);
    expect(calls.select).toEqual(['a', null]);
    expect(calls.links).toEqual(['workshop:a~b']);
  });

  it('is ready at once for an empty network', async () => {
    const { container, worker, view } = setUp();
    view.update(model({ nodes: [], edges: [] }));
    expect(worker.layouts()).toHaveLength(0);
    await nextFrame();
    expect(container.dataset.graphReady).toBe('true');
  });

  it("strokes links in their theme colour when links are coloured by theme, as the map does, and rings the open record's roles", async () => {
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400);
    const height = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(300);
    // A 2D context that records the colours links and cities are stroked in.
    const strokes: unknown[] = [];
    const context = new Proxy(
      {},
      {
        get: (_, name) => (name === 'measureText' ? () => ({ width: 10 }) : () => {}),
        set: (_, name, value) => {
          if (name === 'strokeStyle') strokes.push(value);
          return true;
        },
      },
    );
    vi.mocked(HTMLCanvasElement.prototype.getContext).mockReturnValueOnce(context as never);
    try {
      const { worker, view } = setUp();
      const themes: ThemePalette = {
        themes: [{ theme: 'waste', color: '#009E73' }],
        colorOf: (theme) => (theme === 'waste' ? '#009E73' : '#8C8C8C'),
      };
      const waste = makeWorkshop({ id: 'w', themes: ['waste'] });
      const net: Network = {
        nodes: [node('a', 100, 10), node('b', 101, 11)],
        edges: [{ ...edge('a', 'b'), themes: ['waste'], workshops: [waste] }],
      };
      view.update(model(net, { linkColorBy: 'theme', palette: themes }));
      const id = worker.layouts()[0]!.id;
      await worker.reply({
        type: 'positions',
        id,
        positions: Float64Array.of(0, 0, 90, 40),
        final: true,
      });
      await nextFrame();
      expect(strokes).toContain('#009E73');
      expect(strokes).not.toContain(EDGE_KIND_COLORS.workshop);

      strokes.length = 0;
      view.update(model(net, { linkColorBy: 'kind', palette: themes }));
      await nextFrame();
      expect(strokes).toContain(EDGE_KIND_COLORS.workshop);
      expect(strokes).not.toContain('#009E73');

      // An open workshop rings its host and its participant in their roles' colours.
      strokes.length = 0;
      const highlight: Highlight = {
        cityIds: new Set(['a', 'b']),
        edgeIds: new Set(['workshop:a~b']),
        roles: new Map<string, HighlightRole>([
          ['a', 'host'],
          ['b', 'participant'],
        ]),
      };
      view.update(model(net, { linkColorBy: 'kind', palette: themes, highlight }));
      await nextFrame();
      expect(strokes).toContain(ROLE_LOOK.host.color);
      expect(strokes).toContain(ROLE_LOOK.participant.color);
    } finally {
      width.mockRestore();
      height.mockRestore();
    }
  });

  /**
   * Gives every canvas a 2D context that records the calls made on it, and the view a size;
   * runs `body` with the recorded calls by canvas, then puts jsdom's "no canvas" back.
   */
  async function withCanvases(body: (calls: Map<HTMLCanvasElement, string[]>) => Promise<void>) {
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400);
    const height = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(300);
    const calls = new Map<HTMLCanvasElement, string[]>();
    const contexts = new Map<HTMLCanvasElement, unknown>();
    vi.mocked(HTMLCanvasElement.prototype.getContext).mockImplementation(function (
      this: HTMLCanvasElement,
    ) {
      // One context per canvas, as a browser gives.
      if (contexts.has(this)) return contexts.get(this) as never;
      const drawn: string[] = [];
      calls.set(this, drawn);
      const context = new Proxy(
        {},
        {
          get: (_, name) =>
            name === 'measureText' ? () => ({ width: 10 }) : () => void drawn.push(String(name)),
          set: () => true,
        },
      );
      contexts.set(this, context);
      return context as never;
    });
    try {
      await body(calls);
    } finally {
      vi.mocked(HTMLCanvasElement.prototype.getContext).mockReturnValue(null);
      width.mockRestore();
      height.mockRestore();
    }
  }

  /** 70 cities, every pair linked: 2,415 links, a large graph. */
  async function largeGraph(worker: FakeWorker, view: ReturnType<typeof setUp>['view']) {
    const ids = Array.from({ length: 70 }, (_, i) => `c${i}`);
    const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b): [string, string] => [a, b]));
    const net = network(ids, pairs);
    view.update(model(net));
    const id = worker.layouts()[0]!.id;
    const positions = Float64Array.from(ids.flatMap((_, i) => [i * 5, (i % 7) * 9]));
    await worker.reply({ type: 'positions', id, positions, final: true });
    return net;
  }

  const strokes = (calls: readonly string[] | undefined) =>
    (calls ?? []).filter((call) => call === 'stroke').length;

  it('paints a large graph off-screen a slice per frame, and shows it once whole', async () => {
    await withCanvases(async (calls) => {
      const { container, worker, view } = setUp();
      const shown = container.querySelector('canvas')!;
      // A clock that runs fast: every look at it ends the slice.
      let clock = 0;
      const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 100));
      try {
        const net = await largeGraph(worker, view);
        await nextFrame();
        const picture = [...calls.keys()].find((canvas) => canvas !== shown)!;
        const firstSlice = strokes(calls.get(picture));
        expect(firstSlice).toBeGreaterThan(0);
        expect(firstSlice).toBeLessThan(2415);
        // Drawn before the clock is read, so that the slice's time counts the drawing.
        expect(calls.get(picture)).toContain('getImageData');
        expect(calls.get(shown)).not.toContain('drawImage');
        expect(container.dataset.graphReady).toBe('false');
        for (let frame = 0; frame < 10 && container.dataset.graphReady !== 'true'; frame++)
          await nextFrame();
        expect(container.dataset.graphReady).toBe('true');
        expect(strokes(calls.get(picture))).toBeGreaterThan(2415);
        // The view itself is only handed the finished picture.
        expect(strokes(calls.get(shown))).toBe(0);
        expect(calls.get(shown)!.filter((call) => call === 'drawImage')).toHaveLength(1);

        // A change while a picture is painted (a city hovered on the map): that picture is
        // finished and shown, then one of the change, not dropped half-painted for each change.
        const offScreen = () =>
          [...calls].reduce(
            (sum, [canvas, drawn]) => sum + (canvas === shown ? 0 : strokes(drawn)),
            0,
          );
        const before = offScreen();
        view.update(model(net, { linkedHoverCityId: 'c3' }));
        await nextFrame();
        expect(container.dataset.graphReady).toBe('false');
        view.update(model(net, { linkedHoverCityId: 'c4' }));
        for (let frame = 0; frame < 20 && container.dataset.graphReady !== 'true'; frame++)
          await nextFrame();
        expect(container.dataset.graphReady).toBe('true');
        expect(offScreen() - before).toBeGreaterThanOrEqual(2 * 2415);
        expect(strokes(calls.get(shown))).toBe(0);
      } finally {
        now.mockRestore();
      }
    });
  });

  it('moves the last full frame of a large graph while the view moves, and draws it in full once still', async () => {
    await withCanvases(async (calls) => {
      const { container, worker, view } = setUp();
      await largeGraph(worker, view);
      const ready = async () => {
        for (let frame = 0; frame < 10 && container.dataset.graphReady !== 'true'; frame++)
          await nextFrame();
      };
      await ready();
      const painted = () => [...calls.values()].reduce((sum, drawn) => sum + strokes(drawn), 0);
      expect(painted()).toBeGreaterThan(2415);

      for (const drawn of calls.values()) drawn.length = 0;
      const canvas = container.querySelector('canvas')!;
      canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft' }));
      await nextFrame();
      expect(calls.get(canvas)).toContain('drawImage');
      expect(painted()).toBe(0);

      // Still for a moment: drawn in full again (in as many frames as its slices take), and shown.
      for (const drawn of calls.values()) drawn.length = 0;
      await new Promise((resolve) => setTimeout(resolve, 200));
      await ready();
      expect(container.dataset.graphReady).toBe('true');
      expect(painted()).toBeGreaterThan(2415);
      // Shown whole: the last thing drawn on the view is the new picture.
      expect(calls.get(canvas)!.at(-1)).toBe('drawImage');
    });
  });

  it('tears everything down once, however often it is destroyed', () => {
    const { container, worker, view } = setUp();
    view.update(model(network(['a', 'b'], [['a', 'b']])));
    view.destroy();
    view.destroy();
    expect(worker.terminated).toBe(1);
    expect(container.querySelector('canvas')).toBeNull();
    expect(container.dataset.graphReady).toBeUndefined();
    // Updates after destroy are ignored, not errors.
    view.update(model(network(['x'], [])));
    expect(worker.layouts()).toHaveLength(1);
  });
});
