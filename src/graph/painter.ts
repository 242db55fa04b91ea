/**
 * Draws a scene on a 2D canvas, and nothing else: what to draw and how it looks is decided by
 * `buildScene`. Canvas state is set once per link batch, not once per link.
 */
import type { LabelMark, LinkBatch, NodeMark, RingMark, Scene } from './marks';

/** The part of a canvas 2D context the painter uses (a recording fake in unit tests). */
export type PaintContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'stroke'
  | 'fill'
  | 'setLineDash'
  | 'strokeText'
  | 'fillText'
  | 'strokeStyle'
  | 'fillStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
>;

/** Where a sliced paint goes on: the scene's item, and within a batch of links its next link. */
export interface PaintCursor {
  item: number;
  link: number;
}

/** The start of a scene: a paint from here clears the canvas first. */
export const PAINT_START: PaintCursor = { item: 0, link: 0 };

// Marks painted between two looks at `enough`: a few milliseconds of work at most.
const MARKS_PER_CHECK = 1024;

/** Clears the canvas and draws `scene` on it, at `ratio` device pixels per CSS pixel. */
export function paint(ctx: PaintContext, scene: Scene, ratio = 1): void {
  paintSlice(ctx, scene, ratio, PAINT_START, () => false);
}

/**
 * Draws `scene` from `from` on, until it is whole (then returns null) or until `enough()`, asked
 * every thousand marks or so, says this slice is done (then returns where the next one starts).
 * Painted slice by slice, the marks end up as `paint` draws them in one go.
 */
export function paintSlice(
  ctx: PaintContext,
  scene: Scene,
  ratio: number,
  from: PaintCursor,
  enough: () => boolean,
): PaintCursor | null {
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  if (from.item === 0 && from.link === 0) ctx.clearRect(0, 0, scene.width, scene.height);
  let left = MARKS_PER_CHECK;
  const sliceDone = () => {
    if (--left > 0) return false;
    left = MARKS_PER_CHECK;
    return enough();
  };
  // The canvas may hold a dash from before (the slice before, or a picture dropped mid-batch).
  let dashed = true;
  for (let i = from.item; i < scene.items.length; i++) {
    const item = scene.items[i]!;
    if (item.type === 'links') {
      const stopped = paintLinks(ctx, item, i === from.item ? from.link : 0, sliceDone);
      if (stopped >= 0) return { item: i, link: stopped };
      dashed = item.dash.length > 0;
      continue;
    }
    if (sliceDone()) return { item: i, link: 0 };
    // Cities, rings and labels are solid; the dash is reset once, not for each of them.
    if (dashed) ctx.setLineDash([]);
    dashed = false;
    switch (item.type) {
      case 'node':
        paintNode(ctx, item);
        break;
      case 'ring':
        paintRing(ctx, item);
        break;
      case 'label':
        paintLabel(ctx, item);
        break;
    }
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  return null;
}

/** Strokes `batch`'s links from link `from` on; returns the link it stopped at, or -1 when done. */
function paintLinks(ctx: PaintContext, batch: LinkBatch, from: number, sliceDone: () => boolean) {
  ctx.strokeStyle = batch.color;
  ctx.lineWidth = batch.width;
  ctx.setLineDash(batch.dash as number[]);
  ctx.lineCap = batch.cap;
  ctx.globalAlpha = batch.alpha;
  // One stroke per link: one path of thousands of crossing lines costs the rasteriser far more
  // than as many separate strokes (measured 10× in Chromium's software canvas).
  const s = batch.segments;
  for (let link = from; 4 * link < s.length; link++) {
    if (sliceDone()) return link;
    const j = 4 * link;
    ctx.beginPath();
    ctx.moveTo(s[j]!, s[j + 1]!);
    ctx.lineTo(s[j + 2]!, s[j + 3]!);
    ctx.stroke();
  }
  return -1;
}

function paintNode(ctx: PaintContext, node: NodeMark) {
  ctx.globalAlpha = node.alpha;
  ctx.fillStyle = node.fill;
  ctx.strokeStyle = node.stroke;
  ctx.lineWidth = node.strokeWidth;
  ctx.beginPath();
  ctx.arc(node.x, node.y, node.r, 0, 2 * Math.PI);
  ctx.fill();
  ctx.stroke();
}

function paintRing(ctx: PaintContext, ring: RingMark) {
  ctx.globalAlpha = 1;
  ctx.strokeStyle = ring.color;
  ctx.lineWidth = ring.width;
  ctx.beginPath();
  ctx.arc(ring.x, ring.y, ring.r, 0, 2 * Math.PI);
  ctx.stroke();
}

function paintLabel(ctx: PaintContext, label: LabelMark) {
  ctx.font = label.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  ctx.lineWidth = label.haloWidth;
  ctx.globalAlpha = label.alpha;
  // Text from data is drawn as canvas text, never parsed as markup.
  ctx.strokeStyle = label.halo;
  ctx.strokeText(label.text, label.x, label.y);
  ctx.fillStyle = label.color;
  ctx.fillText(label.text, label.x, label.y);
}
