/**
 * The graph's lifecycle object: wires a canvas, the layout controller, the scene, the painter and
 * the interaction. `update` diffs against what is drawn (a new network starts a warm layout; a
 * change of style rebuilds the scene's base; focus only redraws); `destroy` is safe to call twice,
 * terminates the worker and removes every listener it added.
 */
import type { OverlayLayout } from '../domain/imageOverlay';
import type { WorkerLike } from '../workers/client';
import { fitTransform } from './draw';
import { createInteraction } from './interaction';
import { createLayoutController } from './layoutController';
import { drawMoved, MOVED_FRAME_ABOVE, SETTLE_MS } from './movingFrame';
import type { Scene } from './marks';
import { paint } from './painter';
import type { LayoutStart } from './protocol';
import { createSurface } from './surface';
import { createSlicedPaint } from './slicedPaint';
import { sceneToSvg, type SvgOptions } from './svg';
import {
  baseChanged,
  buildScene,
  linksShown,
  sceneBase,
  type GraphModel,
  type SceneBase,
} from './scene';

export type { GraphModel } from './scene';

/** The city under the pointer, with the pointer's position in the container (pixels). */
export interface GraphHover {
  id: string;
  x: number;
  y: number;
}

/** The graph view's accessible name and callbacks (positions in container pixels). */
export interface GraphViewOptions {
  /** The canvas' accessible name, in the reader's language (the graph is drawn, not read). */
  label: string;
  onHover(hover: GraphHover | null): void;
  onSelectCity(id: string | null): void;
  /** A click on a link (no city under the pointer), by its network edge id. */
  onSelectLink(edgeId: string): void;
  /** Layout progress, 0..1, and null when no layout runs. */
  onProgress?(done: number | null): void;
  /** Makes the layout worker; the default is Vite's module worker of `layout.worker.ts`. */
  createWorker?: () => WorkerLike;
}

/** The handle `createGraphView` returns. */
export interface GraphView {
  update(model: GraphModel): void;
  /** Lays the current network out again, from the current positions or from the map. */
  relayout(start: LayoutStart): void;
  /** Names the canvas anew (another language). */
  setLabel(label: string): void;
  /**
   * The graph as it is drawn now, painted at `scale` × the view's CSS size on a new canvas over
   * `background`; null before the first network, or where the browser gives no 2D canvas of that
   * size.
   */
  snapshot(scale: number, background: string): HTMLCanvasElement | null;
  /** The graph as it is drawn now, with `overlay` over it, as an SVG document; null before the first network. */
  svg(overlay: OverlayLayout | null, options: SvgOptions): string | null;
  destroy(): void;
}

// Milliseconds of painting per animation frame for a large graph.
const SLICE_MS = 30;

// Written out in `new Worker(new URL(…))` form, which is how Vite finds and bundles the worker.
const defaultWorker = () =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

/**
 * Creates the graph in `container` (which should have a size; the canvas fills it). The
 * container's `data-graph-ready` is `true` once the latest layout has settled and been drawn,
 * `false` while a layout runs or a large graph's picture is painted, for tests and screenshots
 * to wait on.
 */
export function createGraphView(container: HTMLElement, options: GraphViewOptions): GraphView {
  const surface = createSurface(container, options.label, () => {
    if (autoFit) fit();
    scheduleDraw();
  });
  container.dataset.graphReady = 'false';

  let destroyed = false;
  let model: GraphModel | null = null;
  let base: SceneBase | null = null;
  let hovered: string | null = null;
  // Fit the view to each new layout until the user zooms or pans.
  let autoFit = true;
  let frame = 0;
  // A large graph is painted off-screen in slices; its last whole picture is moved while the
  // user pans (see slicedPaint and movingFrame).
  const pictures = createSlicedPaint();
  // True when the view's state changed since the picture on screen, or the one under way, began.
  let stale = true;
  let moving = false;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const large = () => (base?.network.edges.length ?? 0) > MOVED_FRAME_ABOVE;
  const startMoving = () => {
    if (!large() || layout.running) return;
    moving = true;
    clearTimeout(settle);
    settle = setTimeout(() => {
      moving = false;
      scheduleDraw();
    }, SETTLE_MS);
  };

  const requestFrame = () => {
    if (!destroyed && frame === 0) frame = requestAnimationFrame(draw);
  };
  // Something drawn changed. A large graph's picture takes frames to paint: not ready until shown.
  const scheduleDraw = () => {
    stale = true;
    if (large()) container.dataset.graphReady = 'false';
    requestFrame();
  };
  const fit = () => {
    const { width, height } = surface;
    if (width > 0 && height > 0 && base) {
      interaction.setTransform(fitTransform(layout.positions, base.radii, width, height));
    }
  };

  const layout = createLayoutController({
    createWorker: options.createWorker ?? defaultWorker,
    onProgress: (done) => options.onProgress?.(done),
    onPositions: () => {
      if (autoFit) fit();
      scheduleDraw();
    },
  });

  const nodeId = (index: number) => model?.network.nodes[index]?.id ?? null;
  const interaction = createInteraction(surface.canvas, container, {
    nodes: () => ({ positions: layout.positions, radii: base?.radii ?? [] }),
    // As the scene draws them: none while a large layout moves.
    links: () => (base && linksShown(base.network, layout.running) ? base.ends : null),
    onTransform: (_, byUser) => {
      if (byUser) {
        autoFit = false;
        startMoving();
      }
      scheduleDraw();
    },
    onHover: (index, point) => {
      const id = nodeId(index);
      if (id !== hovered) scheduleDraw();
      hovered = id;
      options.onHover(id === null ? null : { id, ...point });
    },
    onSelect: (index) => options.onSelectCity(nodeId(index)),
    onSelectLink: (index) => {
      const id = base?.network.edges[index]?.id;
      if (id !== undefined) options.onSelectLink(id);
    },
    onHold: layout.hold,
    onDrag: (x, y) => {
      layout.moveHeld(x, y);
      scheduleDraw();
    },
    onResetView: () => {
      autoFit = true;
      fit();
    },
  });

  const startLayout = (start: LayoutStart) => {
    layout.start(start, base?.radii ?? []);
    if (layout.running) container.dataset.graphReady = 'false';
    scheduleDraw();
  };

  /** What the view shows now; exports read the same scene the canvas is painted from. */
  const currentScene = (): Scene | null => {
    if (!base || !model) return null;
    return buildScene(base, {
      positions: layout.positions,
      transform: interaction.transform,
      width: surface.width,
      height: surface.height,
      hoveredCityId: hovered,
      linkedHoverCityId: model.linkedHoverCityId,
      selectedCityId: model.selectedCityId,
      highlight: model.highlight,
      moving: layout.running,
      measure: surface.measure,
    });
  };

  const drawn = () => {
    if (!layout.running) container.dataset.graphReady = 'true';
  };

  function draw() {
    frame = 0;
    if (destroyed) return;
    surface.checkRatio();
    const { context, canvas, ratio } = surface;
    const { transform } = interaction;
    if (!context) {
      // Nothing to paint on (jsdom): everything else runs.
      stale = false;
      return drawn();
    }
    // While the user pans a large graph, its last whole picture is moved; it is painted anew
    // once the view is still (a picture begun now would be out of date by the next move).
    if (moving && !layout.running) {
      if (pictures.still) drawMoved(context, pictures.still, transform, ratio);
      return;
    }
    if (!large()) {
      stale = false;
      pictures.clear();
      const scene = currentScene();
      if (scene) paint(context, scene, ratio);
      return drawn();
    }
    const until = performance.now() + SLICE_MS;
    // A picture for another view is of no use. One of an older state is finished first, so that
    // a stream of changes (a drag, the pointer going over cities) still shows now and then.
    if (!pictures.paintingFor(transform, canvas.width, canvas.height, ratio)) pictures.drop();
    if (!pictures.painting) {
      const scene = stale ? currentScene() : null;
      stale = false;
      if (!scene) return drawn();
      // Meanwhile the last whole picture stands in, moved to the view (a resize clears the canvas).
      if (pictures.still) drawMoved(context, pictures.still, transform, ratio);
      if (!pictures.start(scene, transform, canvas.width, canvas.height, ratio)) {
        paint(context, scene, ratio);
        return drawn();
      }
    }
    const whole = pictures.paint(until);
    if (!whole) return requestFrame();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.drawImage(whole, 0, 0);
    if (stale) requestFrame();
    else drawn();
  }

  surface.resize();

  return {
    update(next) {
      if (destroyed) return;
      const previous = model;
      const newNetwork = previous?.network !== next.network;
      model = next;
      if (newNetwork) {
        layout.setNetwork(next.network);
        interaction.reset();
        hovered = null;
      }
      if (!base || baseChanged(previous, next)) base = sceneBase(next);
      if (newNetwork) {
        if (autoFit) fit();
        // The first network has no positions to keep: start it from the map.
        startLayout(previous ? 'warm' : 'geographic');
      }
      scheduleDraw();
    },
    relayout(start) {
      if (destroyed || !model) return;
      if (start === 'geographic') autoFit = true;
      startLayout(start);
    },
    setLabel(label) {
      if (!destroyed) surface.setLabel(label);
    },
    snapshot(scale, background) {
      const scene = destroyed ? null : currentScene();
      if (!scene) return null;
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(scene.width * scale);
      canvas.height = Math.round(scene.height * scale);
      const context = canvas.getContext('2d');
      if (!context) return null;
      paint(context, scene, scale);
      // Under the drawing: `paint` clears to transparent, and a slide needs a page colour.
      context.globalCompositeOperation = 'destination-over';
      context.fillStyle = background;
      context.fillRect(0, 0, scene.width, scene.height);
      context.globalCompositeOperation = 'source-over';
      return canvas;
    },
    svg(overlay, options) {
      const scene = destroyed ? null : currentScene();
      return scene && sceneToSvg(scene, overlay, options);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      clearTimeout(settle);
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
      pictures.clear();
      layout.destroy();
      interaction.destroy();
      surface.destroy();
      delete container.dataset.graphReady;
    },
  };
}
