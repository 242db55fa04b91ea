/**
 * A chart on the page as an SVG file that stands alone: the chart, a header naming it and the
 * filters it shows, a footer with the data's source, the day and the app. Everything is drawn
 * with attributes (no stylesheet), so the file renders as the page did.
 */
import type { ExportCaption } from '../../exportCaption';
import { CHART_FONT, MUTED_COLOR, TEXT_COLOR, wrapText } from './layout';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Size of the chart's title in the header, in SVG units. */
const TITLE_SIZE = 16;
/** Size of the header's filter line and the footer, in SVG units. */
const CAPTION_SIZE = 12;
/** Space around the header and the footer, in SVG units. */
const PADDING = 12;
/** Between the parts of a line of facts. */
const SEPARATOR = ' · ';

/** The chart's viewBox as numbers (`min-x min-y width height`). */
function viewBoxOf(svg: SVGSVGElement): [number, number, number, number] {
  const parts = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (parts.length === 4 && parts.every(Number.isFinite))
    return parts as [number, number, number, number];
  // A chart without a viewBox: its drawn size.
  return [0, 0, Number(svg.getAttribute('width')) || 0, Number(svg.getAttribute('height')) || 0];
}

/**
 * The chart `svg` as a standalone SVG document: a copy of it under a header (`chartTitle`, then
 * `caption.filter`) and above a footer (`caption.source` · `caption.date`, then `caption.title`),
 * the viewBox grown to hold them, on a white ground. Text is set as text, never parsed.
 */
export function standaloneChartSvg(
  svg: SVGSVGElement,
  chartTitle: string,
  caption: ExportCaption,
): string {
  const doc = svg.ownerDocument;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const [minX, minY, width, height] = viewBoxOf(svg);
  const lineWidth = width - 2 * PADDING;

  const header = [
    ...wrapText(chartTitle, lineWidth, TITLE_SIZE).map((text) => ({ text, size: TITLE_SIZE })),
    ...(caption.filter === '' ? [] : wrapText(caption.filter, lineWidth, CAPTION_SIZE)).map(
      (text) => ({ text, size: CAPTION_SIZE }),
    ),
  ];
  const footerLine = [caption.source, caption.date].filter((part) => part !== '').join(SEPARATOR);
  const footer = [
    ...(footerLine === '' ? [] : wrapText(footerLine, lineWidth, CAPTION_SIZE)),
    ...(caption.title === '' ? [] : wrapText(caption.title, lineWidth, CAPTION_SIZE)),
  ];
  const lineHeight = (size: number) => Math.round(size * 1.4);
  const headerHeight = PADDING + header.reduce((sum, line) => sum + lineHeight(line.size), 0) + 4;
  const footerHeight = footer.length * lineHeight(CAPTION_SIZE) + PADDING + 4;

  const top = minY - headerHeight;
  const fullHeight = height + headerHeight + footerHeight;
  clone.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  clone.setAttribute('viewBox', `${minX} ${top} ${width} ${fullHeight}`);
  // A file has no box to fill: it takes the size it is drawn at.
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(fullHeight));
  clone.setAttribute('font-family', clone.getAttribute('font-family') ?? CHART_FONT);
  clone.removeAttribute('class');
  clone.removeAttribute('style');

  const element = <K extends keyof SVGElementTagNameMap>(name: K) =>
    doc.createElementNS(SVG_NS, name) as SVGElementTagNameMap[K];
  const text = (content: string, y: number, size: number, color: string, weight?: string) => {
    const node = element('text');
    node.setAttribute('x', String(minX + PADDING));
    node.setAttribute('y', String(y));
    node.setAttribute('font-size', String(size));
    node.setAttribute('fill', color);
    if (weight) node.setAttribute('font-weight', weight);
    node.textContent = content;
    return node;
  };

  const ground = element('rect');
  ground.setAttribute('x', String(minX));
  ground.setAttribute('y', String(top));
  ground.setAttribute('width', String(width));
  ground.setAttribute('height', String(fullHeight));
  ground.setAttribute('fill', '#ffffff');
  // After <title> and <desc>, which name the document when they come first.
  const firstMark = Array.from(clone.children).find(
    (child) => child.localName !== 'title' && child.localName !== 'desc',
  );
  clone.insertBefore(ground, firstMark ?? null);

  let y = top + PADDING;
  for (const line of header) {
    y += lineHeight(line.size);
    const isTitle = line.size === TITLE_SIZE;
    clone.append(
      text(
        line.text,
        y - line.size * 0.3,
        line.size,
        isTitle ? TEXT_COLOR : MUTED_COLOR,
        isTitle ? '600' : undefined,
      ),
    );
  }
  y = minY + height + 4;
  for (const line of footer) {
    y += lineHeight(CAPTION_SIZE);
    clone.append(text(line, y - CAPTION_SIZE * 0.3, CAPTION_SIZE, MUTED_COLOR));
  }
  const xml = new (doc.defaultView?.XMLSerializer ?? XMLSerializer)().serializeToString(clone);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}
