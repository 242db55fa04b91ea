/**
 * The graph as an SVG document, pure: the same scene the canvas painter draws (`marks.ts`: links,
 * cities, rings, labels, with their colours, dashes and opacities), then the image's overlay (title,
 * filter, legend, source, date; `domain/imageOverlay.ts`) as SVG text. Sizes are the view's CSS
 * pixels; SVG scales without loss. Every text and attribute value is escaped, so a city named
 * `<b>` stays a name.
 */
import type { OverlayLayout, OverlayMark } from '../domain/imageOverlay';
import type { LegendSample } from '../domain/legendSample';
import { OVERLAY_LOOK } from '../domain/imageOverlay';
import type { LabelMark, LinkBatch, NodeMark, RingMark, Scene } from './marks';

/** What the document says about itself besides the drawing. */
export interface SvgOptions {
  /** The document's `<title>` (its accessible name). */
  title: string;
  /** The page colour under the drawing. */
  background: string;
}

/** `text` safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES.get(char)!);
}

const ENTITIES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
]);

/** A number short and exact enough for a drawing: two decimals at most. */
const num = (value: number) => String(Math.round(value * 100) / 100);

/** An element's attributes, in order; undefined ones are left out, values escaped. */
function attrs(values: readonly (readonly [string, string | number | undefined])[]): string {
  return values
    .filter(([, value]) => value !== undefined)
    .map(
      ([name, value]) => ` ${name}="${escapeXml(typeof value === 'number' ? num(value) : value!)}"`,
    )
    .join('');
}

/** `scene`, then `overlay` over it, as a standalone SVG document. */
export function sceneToSvg(
  scene: Scene,
  overlay: OverlayLayout | null,
  options: SvgOptions,
): string {
  const { width, height } = scene;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs([
      ['width', width],
      ['height', height],
      ['viewBox', `0 0 ${num(width)} ${num(height)}`],
    ])}>`,
    `<title>${escapeXml(options.title)}</title>`,
    `<rect${attrs([
      ['width', width],
      ['height', height],
      ['fill', options.background],
    ])}/>`,
  ];
  for (const item of scene.items) {
    switch (item.type) {
      case 'links':
        parts.push(links(item));
        break;
      case 'node':
        parts.push(node(item));
        break;
      case 'ring':
        parts.push(ring(item));
        break;
      case 'label':
        parts.push(label(item));
        break;
    }
  }
  if (overlay) {
    const zoom = overlay.zoom === 1 ? undefined : `scale(${num(overlay.zoom)})`;
    parts.push(
      `<g class="caption"${attrs([['transform', zoom]])}>${overlay.marks.map(overlayMark).join('')}</g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}

/** A batch of links: one group carries the style, one `<line>` per link. */
function links(batch: LinkBatch): string {
  const s = batch.segments;
  const lines: string[] = [];
  for (let j = 0; j < s.length; j += 4) {
    lines.push(
      `<line class="link"${attrs([
        ['x1', s[j]!],
        ['y1', s[j + 1]!],
        ['x2', s[j + 2]!],
        ['y2', s[j + 3]!],
      ])}/>`,
    );
  }
  return `<g${attrs([
    ['data-look', batch.look],
    ['fill', 'none'],
    ['stroke', batch.color],
    ['stroke-width', batch.width],
    ['stroke-opacity', batch.alpha],
    ['stroke-linecap', batch.cap],
    ['stroke-dasharray', batch.dash.length > 0 ? batch.dash.map(num).join(' ') : undefined],
  ])}>${lines.join('')}</g>`;
}

/** A city: as the canvas draws it, fill then outline, each at the city's opacity. */
function node(mark: NodeMark): string {
  return `<circle class="node"${attrs([
    ['cx', mark.x],
    ['cy', mark.y],
    ['r', mark.r],
    ['fill', mark.fill],
    ['fill-opacity', mark.alpha],
    ['stroke', mark.stroke],
    ['stroke-opacity', mark.alpha],
    ['stroke-width', mark.strokeWidth],
  ])}/>`;
}

function ring(mark: RingMark): string {
  return `<circle class="ring"${attrs([
    ['data-role', mark.role ?? 'selected'],
    ['cx', mark.x],
    ['cy', mark.y],
    ['r', mark.r],
    ['fill', 'none'],
    ['stroke', mark.color],
    ['stroke-width', mark.width],
  ])}/>`;
}

/** A city's name on its halo: the halo is the text's own stroke, painted under its fill. */
function label(mark: LabelMark): string {
  return `<text class="label"${attrs([
    ['x', mark.x],
    ['y', mark.y],
    ['style', `font: ${mark.font}`],
    ['text-anchor', 'middle'],
    // The canvas draws with textBaseline 'top': the top of the em box at `y`.
    ['dominant-baseline', 'text-before-edge'],
    ['opacity', mark.alpha],
    ['fill', mark.color],
    ['stroke', mark.halo],
    ['stroke-width', mark.haloWidth],
    ['stroke-linejoin', 'round'],
    ['paint-order', 'stroke'],
  ])}>${escapeXml(mark.text)}</text>`;
}

/** A mark of the overlay: a box, a line of text or a legend sample. */
function overlayMark(mark: OverlayMark): string {
  switch (mark.type) {
    case 'box': {
      const look = OVERLAY_LOOK.box;
      return `<rect${attrs([
        ['x', mark.x],
        ['y', mark.y],
        ['width', mark.width],
        ['height', mark.height],
        ['rx', look.radius],
        ['fill', look.fill],
        ['fill-opacity', look.fillOpacity],
        ['stroke', look.stroke],
        ['stroke-opacity', look.strokeOpacity],
        ['stroke-width', look.strokeWidth],
      ])}/>`;
    }
    case 'text':
      return `<text${attrs([
        ['x', mark.x],
        ['y', mark.y],
        ['font-family', OVERLAY_LOOK.family],
        ['font-size', mark.size],
        ['font-weight', mark.weight],
        ['fill', mark.color],
      ])}>${escapeXml(mark.text)}</text>`;
    case 'sample':
      return sample(mark.sample, mark.x, mark.y, mark.width);
  }
}

/** A legend sample in a box from `x`, `width` wide, centred on `y`. */
function sample(sample: LegendSample, x: number, y: number, width: number): string {
  switch (sample.type) {
    case 'line':
      return `<line${attrs([
        ['x1', x + 1],
        ['y1', y],
        ['x2', x + OVERLAY_LOOK.lineSample - 1],
        ['y2', y],
        ['stroke', sample.color],
        ['stroke-width', sample.width],
        ['stroke-opacity', sample.alpha],
        ['stroke-linecap', sample.cap],
        ['stroke-dasharray', sample.dash.length > 0 ? sample.dash.map(num).join(' ') : undefined],
      ])}/>`;
    case 'swatch': {
      const { width: w, height: h } = OVERLAY_LOOK.swatch;
      return `<rect${attrs([
        ['x', x],
        ['y', y - h / 2],
        ['width', w],
        ['height', h],
        ['rx', 2],
        ['fill', sample.color],
      ])}/>`;
    }
    case 'dot':
      return `<circle${attrs([
        ['cx', x + sample.r + 1],
        ['cy', y],
        ['r', sample.r],
        ['fill', sample.color],
        ['fill-opacity', sample.alpha],
        ['stroke', sample.stroke],
        ['stroke-width', sample.strokeWidth],
      ])}/>`;
    case 'size':
      return `<circle${attrs([
        ['cx', x + width / 2],
        ['cy', y],
        ['r', sample.r],
        ['fill', 'none'],
        ['stroke', sample.color],
      ])}/>`;
    case 'rings': {
      const cx = x + width / 2;
      const city = `<circle${attrs([
        ['cx', cx],
        ['cy', y],
        ['r', sample.r],
        ['fill', sample.fill],
        ['stroke', sample.stroke],
        ['stroke-width', sample.strokeWidth],
      ])}/>`;
      const rings = sample.rings.map(
        (ring) =>
          `<circle${attrs([
            ['cx', cx],
            ['cy', y],
            ['r', ring.r],
            ['fill', 'none'],
            ['stroke', sample.color],
            ['stroke-width', ring.width],
          ])}/>`,
      );
      return city + rings.join('');
    }
  }
}
