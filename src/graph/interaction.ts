/**
 * The graph's input: pan and zoom (d3-zoom), dragging a city (d3-drag), keys, hit-testing the
 * pointer, and the hover and click callbacks. It owns the view's transform; it draws nothing.
 */
import { drag, pointer, select, zoom, zoomIdentity, type D3DragEvent, type D3ZoomEvent } from 'd3';
import { linkAt, nodeAt, type ViewTransform } from './draw';

/** A point in the container, in pixels. */
export interface ContainerPoint {
  x: number;
  y: number;
}

/** What the interaction reads and reports; nodes are positions in the network's node order. */
export interface InteractionOptions {
  /** Layout positions (`x, y` interleaved) and radii at zoom 1 of the nodes as drawn now. */
  nodes(): { positions: ArrayLike<number>; radii: ArrayLike<number> };
  /**
   * Each drawn link's two node positions, flat (-1 for an end that is not a node); null while
   * links are not drawn (a large layout moving), when none can be clicked.
   */
  links(): ArrayLike<number> | null;
  /** The transform changed; `byUser` for a gesture or key, false for `setTransform`. */
  onTransform(transform: ViewTransform, byUser: boolean): void;
  /** On every move over node `index`, and once with -1 when the pointer leaves the nodes. */
  onHover(index: number, point: ContainerPoint): void;
  /** A click on node `index`; -1 for a click on empty ground or Escape (select nothing). */
  onSelect(index: number): void;
  /** A click on no node but on (within a few pixels of) link `index`, in the network's edges. */
  onSelectLink(index: number): void;
  /** A drag of node `index` starts; -1 when it ends. */
  onHold(index: number): void;
  /** The held node moved to layout point (`x`, `y`). */
  onDrag(x: number, y: number): void;
  /** The `0` key: fit the view to the graph again. */
  onResetView(): void;
}

/** The handle `createInteraction` returns. */
export interface Interaction {
  /** The current transform: screen = layout × k + (x, y). */
  readonly transform: ViewTransform;
  /** Moves the view without counting as a user's gesture. */
  setTransform(transform: ViewTransform): void;
  /** Forgets the hovered and the dragged node, whose positions changed meaning. */
  reset(): void;
  /** Removes every listener it added; safe to call twice. */
  destroy(): void;
}

const KEY_PAN = 60;
const KEY_ZOOM = 1.25;
const SCALE_EXTENT: [number, number] = [0.02, 24];

interface DragSubject {
  index: number;
  x: number;
  y: number;
}
type DragEvent = D3DragEvent<HTMLCanvasElement, unknown, DragSubject>;

/** Listens to `canvas` (inside `container`, whose pixels hover points are in). */
export function createInteraction(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  options: InteractionOptions,
): Interaction {
  let transform: ViewTransform = zoomIdentity;
  let hovered = -1;
  // True while the pointer is over a link and no node: a link is clicked to list its records.
  let overLink = false;
  let dragged = -1;
  let destroyed = false;

  const hitTest = (px: number, py: number) => {
    const { positions, radii } = options.nodes();
    return nodeAt(positions, radii, transform, px, py);
  };
  const linkTest = (px: number, py: number) => {
    const ends = options.links();
    return ends ? linkAt(options.nodes().positions, ends, transform, px, py) : -1;
  };
  const cursor = () => {
    canvas.style.cursor = dragged >= 0 ? 'grabbing' : hovered >= 0 || overLink ? 'pointer' : '';
  };

  const zoomBehaviour = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      transform = event.transform;
      // Only a gesture of the user's counts; `setTransform` and keys have no source event.
      options.onTransform(transform, event.sourceEvent != null);
    });

  const dragBehaviour = drag<HTMLCanvasElement, unknown, DragSubject>()
    // Pointer coordinates relative to the canvas, where hit-testing works.
    .container(() => canvas)
    .subject((event: DragEvent) => {
      const index = hitTest(event.x, event.y);
      // No subject: the gesture is not a node drag, and d3-zoom pans instead.
      if (index < 0) return null as unknown as DragSubject;
      const { positions } = options.nodes();
      return {
        index,
        x: positions[2 * index]! * transform.k + transform.x,
        y: positions[2 * index + 1]! * transform.k + transform.y,
      };
    })
    .on('start', (event: DragEvent) => {
      dragged = event.subject.index;
      cursor();
      options.onHold(dragged);
    })
    .on('drag', (event: DragEvent) => {
      // A new network arrived mid-drag: the node held may be gone.
      if (dragged < 0) return;
      // The node is pinned under the pointer while dragged.
      options.onDrag((event.x - transform.x) / transform.k, (event.y - transform.y) / transform.k);
    })
    .on('end', () => {
      if (dragged >= 0) options.onHold(-1);
      dragged = -1;
      cursor();
    });

  const containerPoint = (event: MouseEvent): ContainerPoint => {
    const box = container.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };

  const onPointerMove = (event: PointerEvent) => {
    if (dragged >= 0) return;
    const [px, py] = pointer(event, canvas);
    const index = hitTest(px, py);
    const changed = index !== hovered;
    const wasOverLink = overLink;
    hovered = index;
    overLink = index < 0 && linkTest(px, py) >= 0;
    if (changed || overLink !== wasOverLink) cursor();
    // Every move over a city, so that a tooltip follows the pointer; once when leaving it.
    if (index >= 0 || changed) options.onHover(index, containerPoint(event));
  };

  const onPointerLeave = (event: PointerEvent) => {
    if (overLink) {
      overLink = false;
      cursor();
    }
    if (hovered < 0) return;
    hovered = -1;
    cursor();
    options.onHover(-1, containerPoint(event));
  };

  const onClick = (event: MouseEvent) => {
    const [px, py] = pointer(event, canvas);
    const index = hitTest(px, py);
    if (index >= 0) {
      options.onSelect(index);
      return;
    }
    // No node: the nearest link within a few pixels, else empty ground, which selects nothing.
    // (A pan ends without a click: d3-zoom swallows it.)
    const link = linkTest(px, py);
    if (link >= 0) options.onSelectLink(link);
    else options.onSelect(-1);
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
        options.onResetView();
        event.preventDefault();
        return;
      case 'Escape':
        options.onSelect(-1);
        return;
      default:
        return;
    }
    // Keys move the view like a gesture: later layouts keep the user's view.
    options.onTransform(transform, true);
    event.preventDefault();
  };

  // Drag first: on a node it stops the event before d3-zoom would start a pan.
  select(canvas).call(dragBehaviour).call(zoomBehaviour).on('dblclick.zoom', null);
  canvas.addEventListener('pointermove', onPointerMove);
  canvas.addEventListener('pointerleave', onPointerLeave);
  canvas.addEventListener('click', onClick);
  canvas.addEventListener('keydown', onKeyDown);

  return {
    get transform() {
      return transform;
    },
    setTransform(next) {
      if (destroyed) return;
      zoomBehaviour.transform(select(canvas), zoomIdentity.translate(next.x, next.y).scale(next.k));
    },
    reset() {
      hovered = -1;
      overLink = false;
      dragged = -1;
      cursor();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      select(canvas).on('.zoom', null).on('.drag', null);
      canvas.removeEventListener('pointermove', onPointerMove);
      canvas.removeEventListener('pointerleave', onPointerLeave);
      canvas.removeEventListener('click', onClick);
      canvas.removeEventListener('keydown', onKeyDown);
    },
  };
}
