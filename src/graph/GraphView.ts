/**
 * The graph's lifecycle object: owns one canvas and one layout worker, draws a network as a
 * force-directed graph, reports hover and clicks. `update` diffs against what is drawn (a new
 * network starts a warm layout in the worker; style changes only redraw); `destroy` is safe to
 * call twice, terminates the worker and removes every listener it added.
 */
import { drag, pointer, select, zoom, zoomIdentity, type D3DragEvent, type D3ZoomEvent } from 'd3';
import type { CityStyle } from '../domain/cityStyle';
import {
  buildAdjacency,
  edgeWeight,
  neighbourhood,
  type Adjacency,
  type Neighbourhood,
  type Network,
  type NetworkNode,
} from '../domain/network';
import {
  BASE_ALPHA,
  edgeStyle,
  fitsAmong,
  fitTransform,
  focusAlpha,
  LABEL_FONT,
  largestNodes,
  nodeAt,
  nodeRadii,
  screenRadius,
  type EdgeStyle,
  type LabelBox,
  type ViewTransform,
} from './draw';
import { initialPositions } from './layout';
import { isFromWorker, type LayoutRequest, type LayoutStart, type ToWorker } from './protocol';

/** What the graph shows. */
export interface GraphModel {
  network: Network;
  /** Node sizes and colours, the same as the map's. */
  cityStyle: CityStyle;
  selectedCityId: string | null;
  /** A city hovered in another view, highlighted here too. */
  linkedHoverCityId: string | null;
}

/** The city under the pointer, with the pointer's position in the container (pixels). */
export interface GraphHover {
  id: string;
  x: number;
  y: number;
}

/** Callbacks of the graph view (positions in container pixels). */
export interface GraphViewOptions {
  onHover(hover: GraphHover | null): void;
  onSelectCity(id: string | null): void;
  /** Layout progress, 0..1, and null when no layout runs. */
  onProgress?(done: number | null): void;
  /** Makes the layout worker; the default is Vite's module worker of `layout.worker.ts`. */
  createWorker?: () => Worker;
}

/** The handle `createGraphView` returns. */
export interface GraphView {
  update(model: GraphModel): void;
  /** Lays the current network out again, from the current positions or from the map. */
  relayout(start: LayoutStart): void;
  destroy(): void;
}

/** The canvas' accessible name: the graph is not readable by screen reader, the table is. */
export const GRAPH_LABEL = 'Network graph of the cities; use the ranking table for a list';

// Written out in `new Worker(new URL(…))` form, which is how Vite finds and bundles the worker.
const defaultWorker = () =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

const KEY_PAN = 60;
const KEY_ZOOM = 1.25;
const SCALE_EXTENT: [number, number] = [0.02, 24];
const SELECTED_RING = '#1b1f24';
const LABEL_COLOR = '#1b1f24';
const LABEL_HALO = 'rgba(255,255,255,0.9)';
// Labels beyond these are dropped: a hub's hundred neighbours would be unreadable anyway.
const RESTING_LABELS = 15;
const MAX_LABELS = 60;
// Above this many links, intermediate layout frames show nodes only: redrawing every link ten
// times would cost seconds on a machine without GPU canvas.
const LINKS_WHILE_MOVING = 3_000;

interface Styled {
  radii: Float64Array;
  colors: string[];
  /** Largest first, so that small nodes are drawn on top and stay visible and clickable. */
  order: number[];
  resting: number[];
}

/**
 * Creates the graph in `container` (which should have a size; the canvas fills it). The
 * container's `data-graph-ready` is `true` once the latest layout has settled and been drawn,
 * `false` while a layout runs, for tests and screenshots to wait on.
 */
export function createGraphView(container: HTMLElement, options: GraphViewOptions): GraphView {
  const canvas = document.createElement('canvas');
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'application');
  canvas.setAttribute('aria-label', GRAPH_LABEL);
  Object.assign(canvas.style, { display: 'block', width: '100%', height: '100%' });
  container.appendChild(canvas);
  container.dataset.graphReady = 'false';
  const context = canvas.getContext('2d');
  const worker = (options.createWorker ?? defaultWorker)();

  let destroyed = false;
  let drawn: GraphModel | null = null;
  let nodes: readonly NetworkNode[] = [];
  let indexOf = new Map<string, number>();
  // Layout coordinates, `x, y` interleaved in node order.
  let positions: Float64Array = new Float64Array(0);
  // 1 for cities that no layout has placed yet (new in the latest network).
  let fresh = new Uint8Array(0);
  // Each edge's two node positions, flat; -1 for an end that is not a node.
  let ends = new Int32Array(0);
  let edgeStyles: EdgeStyle[] = [];
  // Edge positions in drawing order.
  let edgeOrder: number[] = [];
  let styled: Styled = { radii: new Float64Array(0), colors: [], order: [], resting: [] };
  let adjacency: Adjacency = new Map();
  let focus: Neighbourhood | null = null;
  let hovered = -1;
  let dragged = -1;
  let transform: ViewTransform = zoomIdentity;
  // Fit the view to each new layout until the user zooms or pans.
  let autoFit = true;
  let requestId = 0;
  let running: number | null = null;
  let frame = 0;
  let width = 0;
  let height = 0;
  let ratio = 1;

  const scheduleDraw = () => {
    if (!destroyed && frame === 0) frame = requestAnimationFrame(draw);
  };

  // Layout ---------------------------------------------------------------------------------

  const startLayout = (start: LayoutStart) => {
    if (running !== null) post({ type: 'cancel', id: running });
    if (nodes.length === 0) {
      running = null;
      options.onProgress?.(null);
      scheduleDraw();
      return;
    }
    const request = layoutRequest(++requestId, start);
    running = request.id;
    container.dataset.graphReady = 'false';
    options.onProgress?.(0);
    post(request);
  };

  const layoutRequest = (id: number, start: LayoutStart): LayoutRequest => ({
    type: 'layout',
    id,
    start,
    nodes: nodes.map((node, i) => ({
      id: node.id,
      lon: node.city.lon,
      lat: node.city.lat,
      radius: styled.radii[i]!,
      // New cities go without a position: the worker places them and warms up more for them.
      ...(start === 'warm' && !fresh[i] ? { x: positions[2 * i]!, y: positions[2 * i + 1]! } : {}),
    })),
    links: drawn!.network.edges.map((edge) => ({
      source: edge.source,
      target: edge.target,
      // The protocol wants a positive weight; a link always stands for at least one record.
      weight: Math.max(1, edgeWeight(edge)),
    })),
  });

  const post = (message: ToWorker) => worker.postMessage(message);

  const onWorkerMessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isFromWorker(message) || message.id !== running) return;
    if (message.type === 'progress') {
      options.onProgress?.(message.done);
      return;
    }
    if (message.positions.length !== positions.length) return;
    // A node held by the pointer stays under it while the layout moves the others.
    if (dragged >= 0) {
      message.positions[2 * dragged] = positions[2 * dragged]!;
      message.positions[2 * dragged + 1] = positions[2 * dragged + 1]!;
    }
    positions = message.positions;
    fresh.fill(0);
    if (message.final) {
      running = null;
      options.onProgress?.(null);
    }
    if (autoFit) fit();
    scheduleDraw();
  };

  const onWorkerError = (event: ErrorEvent) => {
    // Keep the starting positions on screen rather than wait forever for a layout.
    console.error('Graph layout failed:', event.message);
    running = null;
    options.onProgress?.(null);
    scheduleDraw();
  };

  // Model ----------------------------------------------------------------------------------

  const setNetwork = (network: Network) => {
    const previous = { indexOf, positions };
    nodes = network.nodes;
    indexOf = new Map(nodes.map((node, i) => [node.id, i]));
    ends = new Int32Array(network.edges.length * 2);
    network.edges.forEach((edge, i) => {
      ends[2 * i] = indexOf.get(edge.source) ?? -1;
      ends[2 * i + 1] = indexOf.get(edge.target) ?? -1;
    });
    // One object per distinct look (widths to the half pixel), so that drawing can tell a
    // change of style by identity; links drawn faint first.
    const looks = new Map<string, EdgeStyle>();
    edgeStyles = network.edges.map((edge) => {
      const style = edgeStyle(edge);
      const width = Math.round(style.width * 2) / 2;
      const key = `${style.color}|${width}|${style.dash.join(',')}|${style.alpha}`;
      let look = looks.get(key);
      if (!look) looks.set(key, (look = { ...style, width }));
      return look;
    });
    const lookIndex = new Map([...looks.values()].map((look, i) => [look, i]));
    edgeOrder = network.edges
      .map((_, i) => i)
      .sort(
        (p, q) =>
          edgeStyles[p]!.alpha - edgeStyles[q]!.alpha ||
          lookIndex.get(edgeStyles[p]!)! - lookIndex.get(edgeStyles[q]!)! ||
          p - q,
      );
    adjacency = buildAdjacency(network);
    // Cities seen before keep their place; new ones start where the layout would put them.
    const request: LayoutRequest = {
      type: 'layout',
      id: 0,
      start: 'warm',
      nodes: nodes.map((node) => {
        const j = previous.indexOf.get(node.id);
        const kept =
          j === undefined
            ? {}
            : { x: previous.positions[2 * j]!, y: previous.positions[2 * j + 1]! };
        return { id: node.id, lon: node.city.lon, lat: node.city.lat, ...kept };
      }),
      links: network.edges.map((edge) => ({ source: edge.source, target: edge.target, weight: 1 })),
    };
    positions = initialPositions(request);
    fresh = Uint8Array.from(nodes, (node) => (previous.indexOf.has(node.id) ? 0 : 1));
    hovered = -1;
    dragged = -1;
  };

  const restyle = (model: GraphModel) => {
    const radii = nodeRadii(model.network, model.cityStyle);
    styled = {
      radii,
      colors: nodes.map((node) => model.cityStyle.colorOf(node)),
      order: nodes.map((_, i) => i).sort((a, b) => radii[b]! - radii[a]! || a - b),
      resting: largestNodes(radii, RESTING_LABELS),
    };
  };

  const refreshFocus = () => {
    const id =
      (hovered >= 0 ? nodes[hovered]?.id : undefined) ??
      drawn?.linkedHoverCityId ??
      drawn?.selectedCityId ??
      null;
    focus = id !== null && indexOf.has(id) ? neighbourhood(adjacency, id) : null;
  };

  // View -----------------------------------------------------------------------------------

  const zoomBehaviour = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      transform = event.transform;
      // Only a gesture of the user's stops auto-fitting; our own `fit` has no source event.
      if (event.sourceEvent) autoFit = false;
      scheduleDraw();
    });

  const setTransform = (next: ViewTransform) => {
    zoomBehaviour.transform(select(canvas), zoomIdentity.translate(next.x, next.y).scale(next.k));
  };

  const fit = () => {
    if (width > 0 && height > 0) {
      setTransform(fitTransform(positions, styled.radii, width, height));
    }
  };

  const resize = () => {
    width = container.clientWidth;
    height = container.clientHeight;
    ratio = window.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(width * ratio));
    canvas.height = Math.max(1, Math.round(height * ratio));
    if (autoFit) fit();
    scheduleDraw();
  };

  // Drawing --------------------------------------------------------------------------------

  const draw = () => {
    frame = 0;
    if (destroyed) return;
    // A window moved to a screen of another pixel ratio: resize for sharp lines.
    if ((window.devicePixelRatio || 1) !== ratio) resize();
    if (context) paint(context);
    if (running === null) container.dataset.graphReady = 'true';
  };

  const paint = (ctx: CanvasRenderingContext2D) => {
    const { k, x: tx, y: ty } = transform;
    const sx = (i: number) => positions[2 * i]! * k + tx;
    const sy = (i: number) => positions[2 * i + 1]! * k + ty;
    const focusActive = focus !== null;
    // Zoomed out, lines thin with the nodes (see `screenRadius`).
    const shrink = Math.min(1, k);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);

    // Links, one stroke each, in an order that groups equal styles. One path of thousands of
    // crossing lines costs the rasteriser far more than as many separate strokes (measured 10×
    // in Chromium's software canvas). While a large layout moves, links are left out.
    const edges = drawn?.network.edges ?? [];
    const showLinks = running === null || edges.length <= LINKS_WHILE_MOVING;
    let current: EdgeStyle | null = null;
    let currentAlpha = -1;
    for (const pass of showLinks ? (focusActive ? [false, true] : [false]) : []) {
      for (const e of edgeOrder) {
        const a = ends[2 * e]!;
        const b = ends[2 * e + 1]!;
        if (a < 0 || b < 0) continue;
        if (focusActive && focus!.edgeIds.has(edges[e]!.id) !== pass) continue;
        const x1 = sx(a);
        const y1 = sy(a);
        const x2 = sx(b);
        const y2 = sy(b);
        // Off screen on one side: nothing to draw.
        if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0)) continue;
        if ((x1 > width && x2 > width) || (y1 > height && y2 > height)) continue;
        const style = edgeStyles[e]!;
        if (style !== current) {
          current = style;
          ctx.strokeStyle = style.color;
          ctx.lineWidth = Math.max(0.5, style.width * shrink);
          ctx.setLineDash(style.dash as number[]);
          ctx.lineCap = style.dash.length > 0 && style.dash[0]! > 1 ? 'butt' : 'round';
        }
        const alpha = focusAlpha(style.alpha, focusActive, pass);
        if (alpha !== currentAlpha) ctx.globalAlpha = currentAlpha = alpha;
        ctx.beginPath();
        ctx.moveTo(x1, y1);
        ctx.lineTo(x2, y2);
        ctx.stroke();
      }
    }
    ctx.setLineDash([]);

    // Nodes: dimmed ones first, then the focused neighbourhood on top.
    const inFocus = (i: number) => focus?.cityIds.has(nodes[i]!.id) ?? false;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1.2 * shrink;
    for (const pass of focusActive ? [false, true] : [false]) {
      for (const i of styled.order) {
        if (focusActive && inFocus(i) !== pass) continue;
        const x = sx(i);
        const y = sy(i);
        const r = screenRadius(styled.radii[i]!, k);
        if (x + r < 0 || y + r < 0 || x - r > width || y - r > height) continue;
        ctx.globalAlpha = focusAlpha(BASE_ALPHA.node, focusActive, pass);
        ctx.fillStyle = styled.colors[i]!;
        ctx.beginPath();
        ctx.arc(x, y, r, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
      }
    }

    const selected = drawn?.selectedCityId ? indexOf.get(drawn.selectedCityId) : undefined;
    if (selected !== undefined) {
      ctx.globalAlpha = 1;
      ctx.strokeStyle = SELECTED_RING;
      ctx.lineWidth = 2.5;
      ctx.beginPath();
      ctx.arc(
        sx(selected),
        sy(selected),
        screenRadius(styled.radii[selected]!, k) + 4,
        0,
        2 * Math.PI,
      );
      ctx.stroke();
    }

    paintLabels(ctx, sx, sy, inFocus);
    ctx.globalAlpha = 1;
  };

  /** Labels: the focused city, its neighbours (largest first), then the largest cities. */
  const paintLabels = (
    ctx: CanvasRenderingContext2D,
    sx: (i: number) => number,
    sy: (i: number) => number,
    inFocus: (i: number) => boolean,
  ) => {
    const candidates: number[] = [];
    const seen = new Set<number>();
    const add = (i: number | undefined) => {
      if (i === undefined || i < 0 || seen.has(i)) return;
      seen.add(i);
      candidates.push(i);
    };
    if (focus) {
      const centre = hovered >= 0 ? hovered : indexOf.get(drawn?.linkedHoverCityId ?? '');
      add(centre ?? indexOf.get(drawn?.selectedCityId ?? ''));
      [...focus.cityIds]
        .map((id) => indexOf.get(id)!)
        .sort((a, b) => styled.radii[b]! - styled.radii[a]!)
        .forEach(add);
    }
    add(drawn?.selectedCityId ? indexOf.get(drawn.selectedCityId) : undefined);
    styled.resting.forEach(add);

    ctx.font = LABEL_FONT;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    const placed: LabelBox[] = [];
    for (const i of candidates) {
      if (placed.length >= MAX_LABELS) break;
      const text = nodes[i]!.city.name;
      const x = sx(i);
      const y = sy(i) + screenRadius(styled.radii[i]!, transform.k) + 2;
      const textWidth = ctx.measureText(text).width;
      const box = { x: x - textWidth / 2, y, width: textWidth, height: 14 };
      if (box.x > width || box.y > height || box.x + box.width < 0 || box.y + box.height < 0)
        continue;
      if (!fitsAmong(box, placed)) continue;
      placed.push(box);
      ctx.globalAlpha = focusAlpha(BASE_ALPHA.label, focus !== null, inFocus(i));
      ctx.strokeStyle = LABEL_HALO;
      ctx.strokeText(text, x, y);
      ctx.fillStyle = LABEL_COLOR;
      ctx.fillText(text, x, y);
    }
  };

  // Pointer and keyboard -------------------------------------------------------------------

  const hitTest = (px: number, py: number) => nodeAt(positions, styled.radii, transform, px, py);

  interface DragSubject {
    index: number;
    x: number;
    y: number;
  }
  type DragEvent = D3DragEvent<HTMLCanvasElement, unknown, DragSubject>;

  const dragBehaviour = drag<HTMLCanvasElement, unknown, DragSubject>()
    // Pointer coordinates relative to the canvas, where hit-testing works.
    .container(() => canvas)
    .subject((event: DragEvent) => {
      const index = hitTest(event.x, event.y);
      // No subject: the gesture is not a node drag, and d3-zoom pans instead.
      if (index < 0) return null as unknown as DragSubject;
      return {
        index,
        x: positions[2 * index]! * transform.k + transform.x,
        y: positions[2 * index + 1]! * transform.k + transform.y,
      };
    })
    .on('start', (event: DragEvent) => {
      dragged = event.subject.index;
      canvas.style.cursor = 'grabbing';
    })
    .on('drag', (event: DragEvent) => {
      // A new network arrived mid-drag: the node held may be gone.
      if (dragged < 0) return;
      // The node is pinned under the pointer while dragged.
      positions[2 * dragged] = (event.x - transform.x) / transform.k;
      positions[2 * dragged + 1] = (event.y - transform.y) / transform.k;
      scheduleDraw();
    })
    .on('end', () => {
      dragged = -1;
      canvas.style.cursor = hovered >= 0 ? 'pointer' : '';
    });

  const containerPoint = (event: MouseEvent) => {
    const box = container.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };

  const onPointerMove = (event: PointerEvent) => {
    if (dragged >= 0) return;
    const [px, py] = pointer(event, canvas);
    const index = hitTest(px, py);
    const changed = index !== hovered;
    if (changed) {
      hovered = index;
      canvas.style.cursor = index >= 0 ? 'pointer' : '';
      refreshFocus();
      scheduleDraw();
    }
    // Every move over a city, so that a tooltip follows the pointer; once when leaving it.
    if (index >= 0) options.onHover({ id: nodes[index]!.id, ...containerPoint(event) });
    else if (changed) options.onHover(null);
  };

  const onPointerLeave = () => {
    if (hovered < 0) return;
    hovered = -1;
    canvas.style.cursor = '';
    refreshFocus();
    scheduleDraw();
    options.onHover(null);
  };

  const onClick = (event: MouseEvent) => {
    const [px, py] = pointer(event, canvas);
    const index = hitTest(px, py);
    if (index >= 0) options.onSelectCity(nodes[index]!.id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = select(canvas);
    const pan = KEY_PAN / transform.k;
    switch (event.key) {
      case 'ArrowLeft':
        zoomBehaviour.translateBy(target, pan, 0);
        break;
      case 'ArrowRight':
        zoomBehaviour.translateBy(target, -pan, 0);
        break;
      case 'ArrowUp':
        zoomBehaviour.translateBy(target, 0, pan);
        break;
      case 'ArrowDown':
        zoomBehaviour.translateBy(target, 0, -pan);
        break;
      case '+':
      case '=':
        zoomBehaviour.scaleBy(target, KEY_ZOOM);
        break;
      case '-':
      case '_':
        zoomBehaviour.scaleBy(target, 1 / KEY_ZOOM);
        break;
      case '0':
        autoFit = true;
        fit();
        event.preventDefault();
        return;
      case 'Escape':
        options.onSelectCity(null);
        return;
      default:
        return;
    }
    // Keys move the view like a gesture: later layouts keep the user's view.
    autoFit = false;
    event.preventDefault();
  };

  // Set up ---------------------------------------------------------------------------------

  worker.addEventListener('message', onWorkerMessage);
  worker.addEventListener('error', onWorkerError);
  // Drag first: on a node it stops the event before d3-zoom would start a pan.
  select(canvas).call(dragBehaviour).call(zoomBehaviour).on('dblclick.zoom', null);
  canvas.addEventListener('pointermove', onPointerMove);
  canvas.addEventListener('pointerleave', onPointerLeave);
  canvas.addEventListener('click', onClick);
  canvas.addEventListener('keydown', onKeyDown);
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
  observer?.observe(container);
  resize();
  // Labels drawn before the web font arrived used a fallback; draw again once it has.
  void document.fonts?.ready.then(scheduleDraw);

  return {
    update(model) {
      if (destroyed) return;
      const previous = drawn;
      const newNetwork = previous?.network !== model.network;
      if (newNetwork) setNetwork(model.network);
      drawn = model;
      if (newNetwork || previous.cityStyle !== model.cityStyle) {
        restyle(model);
      }
      refreshFocus();
      if (newNetwork) {
        if (autoFit) fit();
        // The first network has no positions to keep: start it from the map.
        startLayout(previous ? 'warm' : 'geographic');
      }
      scheduleDraw();
    },
    relayout(start) {
      if (destroyed || !drawn) return;
      if (start === 'geographic') autoFit = true;
      startLayout(start);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
      worker.removeEventListener('message', onWorkerMessage);
      worker.removeEventListener('error', onWorkerError);
      worker.terminate();
      observer?.disconnect();
      select(canvas).on('.zoom', null).on('.drag', null);
      canvas.removeEventListener('pointermove', onPointerMove);
      canvas.removeEventListener('pointerleave', onPointerLeave);
      canvas.removeEventListener('click', onClick);
      canvas.removeEventListener('keydown', onKeyDown);
      canvas.remove();
      delete container.dataset.graphReady;
    },
  };
}
