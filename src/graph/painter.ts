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

/** Clears the canvas and draws `scene` on it, at `ratio` device pixels per CSS pixel. */
export function paint(ctx: PaintContext, scene: Scene, ratio = 1): void {
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, scene.width, scene.height);
  let dashed = false;
  for (const item of scene.items) {
    if (item.type === 'links') {
      paintLinks(ctx, item);
      dashed = item.dash.length > 0;
      continue;
    }
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
}

function paintLinks(ctx: PaintContext, batch: LinkBatch) {
  ctx.strokeStyle = batch.color;
  ctx.lineWidth = batch.width;
  ctx.setLineDash(batch.dash as number[]);
  ctx.lineCap = batch.cap;
  ctx.globalAlpha = batch.alpha;
  // One stroke per link: one path of thousands of crossing lines costs the rasteriser far more
  // than as many separate strokes (measured 10× in Chromium's software canvas).
  const s = batch.segments;
  for (let j = 0; j < s.length; j += 4) {
    ctx.beginPath();
    ctx.moveTo(s[j]!, s[j + 1]!);
    ctx.lineTo(s[j + 2]!, s[j + 3]!);
    ctx.stroke();
  }
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
