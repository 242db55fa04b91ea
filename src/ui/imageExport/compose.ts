/**
 * Draws an image's overlay (title, filter, legend, source, date; laid out by
 * `domain/imageOverlay.ts`) onto a canvas over the map or the graph, scaled with the image, and
 * measures its words with the canvas' own text metrics.
 */
import {
  layoutOverlay,
  OVERLAY_FONTS,
  OVERLAY_LOOK,
  type OverlayCaption,
  type OverlayLayout,
} from '../../domain/imageOverlay';
import type { LegendSample, LegendSection } from '../../domain/legendSample';
import type { MeasureText } from '../../domain/wrapText';

/** The part of a canvas 2D context the overlay uses (a recording fake in unit tests). */
export type OverlayContext = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'setTransform'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'roundRect'
  | 'rect'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
  | 'fillText'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
>;

/** Draws `layout` over whatever `ctx` holds, at `scale` canvas pixels per CSS pixel (times the layout's zoom). */
export function paintOverlay(ctx: OverlayContext, layout: OverlayLayout, scale: number): void {
  ctx.save();
  const unit = scale * layout.zoom;
  ctx.setTransform(unit, 0, 0, unit, 0, 0);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const mark of layout.marks) {
    switch (mark.type) {
      case 'box': {
        const look = OVERLAY_LOOK.box;
        ctx.beginPath();
        ctx.roundRect(mark.x, mark.y, mark.width, mark.height, look.radius);
        ctx.globalAlpha = look.fillOpacity;
        ctx.fillStyle = look.fill;
        ctx.fill();
        ctx.globalAlpha = look.strokeOpacity;
        ctx.strokeStyle = look.stroke;
        ctx.lineWidth = look.strokeWidth;
        ctx.stroke();
        ctx.globalAlpha = 1;
        break;
      }
      case 'text':
        ctx.font = mark.font;
        ctx.fillStyle = mark.color;
        // Words from data are drawn as canvas text, never parsed as markup.
        ctx.fillText(mark.text, mark.x, mark.y);
        break;
      case 'sample':
        paintSample(ctx, mark.sample, mark.x, mark.y, mark.width);
        break;
    }
  }
  ctx.restore();
}

/** A legend sample in a box from `x`, `width` wide, centred on `y` (as `graph/svg.ts` writes it). */
function paintSample(
  ctx: OverlayContext,
  sample: LegendSample,
  x: number,
  y: number,
  width: number,
): void {
  const circle = (cx: number, r: number) => {
    ctx.beginPath();
    ctx.arc(cx, y, r, 0, 2 * Math.PI);
  };
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  switch (sample.type) {
    case 'line':
      ctx.globalAlpha = sample.alpha;
      ctx.strokeStyle = sample.color;
      ctx.lineWidth = sample.width;
      ctx.lineCap = sample.cap;
      ctx.setLineDash([...sample.dash]);
      ctx.beginPath();
      ctx.moveTo(x + 1, y);
      ctx.lineTo(x + OVERLAY_LOOK.lineSample - 1, y);
      ctx.stroke();
      ctx.setLineDash([]);
      break;
    case 'swatch': {
      const { width: w, height: h } = OVERLAY_LOOK.swatch;
      ctx.beginPath();
      ctx.roundRect(x, y - h / 2, w, h, 2);
      ctx.fillStyle = sample.color;
      ctx.fill();
      break;
    }
    case 'dot':
      circle(x + sample.r + 1, sample.r);
      ctx.globalAlpha = sample.alpha;
      ctx.fillStyle = sample.color;
      ctx.fill();
      ctx.strokeStyle = sample.stroke;
      ctx.lineWidth = sample.strokeWidth;
      ctx.stroke();
      break;
    case 'size':
      circle(x + width / 2, sample.r);
      ctx.strokeStyle = sample.color;
      ctx.lineWidth = 1;
      ctx.stroke();
      break;
    case 'rings':
      circle(x + width / 2, sample.r);
      ctx.fillStyle = sample.fill;
      ctx.fill();
      ctx.strokeStyle = sample.stroke;
      ctx.lineWidth = sample.strokeWidth;
      ctx.stroke();
      for (const ring of sample.rings) {
        circle(x + width / 2, ring.r);
        ctx.strokeStyle = sample.color;
        ctx.lineWidth = ring.width;
        ctx.stroke();
      }
      break;
  }
  ctx.globalAlpha = 1;
}

/** Widths of text as a canvas draws it; zero where there is no canvas (jsdom). */
export function canvasMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  return (text, font) => {
    if (!context) return 0;
    context.font = font;
    return context.measureText(text).width;
  };
}

/**
 * Loads the overlay's fonts for `texts` (the app's own files, already bundled), so that they are
 * measured and drawn in the face they will show in rather than a fallback.
 */
export async function loadOverlayFonts(texts: readonly string[]): Promise<void> {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts) return;
  const sample = texts.join(' ');
  await Promise.all(OVERLAY_FONTS.map((font) => fonts.load(font, sample).catch(() => [])));
}

/** The page colour under an exported graph (the map brings its own sea). */
export const IMAGE_BACKGROUND = '#ffffff';

/** Every word an overlay will draw, to load the fonts for. */
export function overlayTexts(caption: OverlayCaption, legend: readonly LegendSection[]): string[] {
  return [
    caption.title,
    caption.filter,
    caption.source,
    caption.date,
    ...legend.flatMap((section) => [
      section.heading,
      section.note ?? '',
      ...section.entries.map((entry) => entry.label),
    ]),
  ];
}

/** Lays out the overlay of a `width` × `height` view (CSS pixels), once its fonts are loaded. */
export async function prepareOverlay(
  caption: OverlayCaption,
  legend: readonly LegendSection[],
  width: number,
  height: number,
): Promise<OverlayLayout> {
  await loadOverlayFonts(overlayTexts(caption, legend));
  return layoutOverlay(caption, legend, width, height, canvasMeasure());
}

/** `canvas` (a view drawn at `scale`) with `layout` painted over it; null without a 2D context. */
export function withOverlay(
  canvas: HTMLCanvasElement | null,
  layout: OverlayLayout,
  scale: number,
): HTMLCanvasElement | null {
  const context = canvas?.getContext('2d');
  if (!canvas || !context) return null;
  paintOverlay(context, layout, scale);
  return canvas;
}
