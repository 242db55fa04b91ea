/**
 * What an exported image states about itself, laid out over its corners, renderer-neutral: the
 * title and the filter in words (top left), the legend (bottom left), the data source and the
 * date (bottom right), each in a white, slightly transparent box. The layout is in the view's CSS
 * pixels; a canvas painter scales it with the image, an SVG writer copies it as is. Like the
 * graph's scene, it is a list of marks decided here and only drawn elsewhere, so that the PNG of
 * the map, the PNG of the graph and the SVG of the graph say the same thing the same way.
 *
 * The words come in already written (the UI words them); the legend's samples come from the
 * encoding (`encoding.ts`) that drew the marks they explain.
 */
import type { LegendEntry, LegendSample, LegendSection } from './legendSample';
import { wrapText, type MeasureText } from './wrapText';

/** The words an image carries besides its legend (see `ExportCaption` in the UI). */
export interface OverlayCaption {
  title: string;
  filter: string;
  source: string;
  date: string;
}

/** A text style of the overlay. */
export interface OverlayTextStyle {
  /** Pixels. */
  size: number;
  weight: 400 | 600;
  color: string;
}

/** The overlay's look, in CSS pixels at 1×: readable on a slide at the view's own size. */
export const OVERLAY_LOOK = {
  family: '"Noto Sans", "Noto Sans JP", sans-serif',
  /** From the image's edge to a box. */
  margin: 10,
  /** From a box's edge to its text. */
  padding: 8,
  box: {
    fill: '#ffffff',
    fillOpacity: 0.88,
    stroke: '#1b1f24',
    strokeOpacity: 0.18,
    strokeWidth: 1,
    radius: 4,
  },
  title: { size: 16, weight: 600, color: '#1b1f24' },
  filter: { size: 12, weight: 400, color: '#1b1f24' },
  heading: { size: 12, weight: 600, color: '#1b1f24' },
  entry: { size: 12, weight: 400, color: '#1b1f24' },
  note: { size: 11, weight: 400, color: '#4a5360' },
  source: { size: 11, weight: 400, color: '#1b1f24' },
  /** Line height as a multiple of the font size. */
  leading: 1.35,
  /** Length of a line sample. */
  lineSample: 32,
  swatch: { width: 16, height: 10 },
  /** Between a sample and its label. */
  sampleGap: 6,
  /** Between the entries of an inline section. */
  inlineGap: 10,
  columnGap: 16,
  sectionGap: 6,
  /** Widest share of the image the title box and the source box may take. */
  titleShare: 0.55,
  sourceShare: 0.4,
  /**
   * Below this view size (CSS pixels) the overlay shrinks with the view, down to `minZoom`, so
   * that a narrow pane's image is not all legend.
   */
  fullSize: { width: 640, height: 400 },
  minZoom: 0.75,
} as const;

/** The CSS font of a text style (`600 16px "Noto Sans", …`), for canvas and measuring. */
export function overlayFont(style: OverlayTextStyle): string {
  return `${style.weight} ${style.size}px ${OVERLAY_LOOK.family}`;
}

/** Every font the overlay draws with, to load before measuring. */
export const OVERLAY_FONTS: readonly string[] = [
  ...new Set(
    [
      OVERLAY_LOOK.title,
      OVERLAY_LOOK.filter,
      OVERLAY_LOOK.heading,
      OVERLAY_LOOK.entry,
      OVERLAY_LOOK.note,
      OVERLAY_LOOK.source,
    ].map(overlayFont),
  ),
];

/** A white box behind a corner's words. */
export interface OverlayBox {
  type: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line of text, starting at `x`, with its alphabetic baseline at `y`. */
export interface OverlayText {
  type: 'text';
  x: number;
  y: number;
  text: string;
  /** CSS font (`overlayFont`). */
  font: string;
  size: number;
  weight: 400 | 600;
  color: string;
}

/** A legend sample whose box starts at `x`, `width` wide, centred vertically on `y`. */
export interface OverlaySample {
  type: 'sample';
  x: number;
  y: number;
  width: number;
  sample: LegendSample;
}

/** Anything the overlay draws. */
export type OverlayMark = OverlayBox | OverlayText | OverlaySample;

/**
 * The overlay of a `width` × `height` image (CSS pixels), bottom to top. The marks are in units
 * of `zoom` CSS pixels (1 but for small views): a renderer scales them by `zoom`.
 */
export interface OverlayLayout {
  width: number;
  height: number;
  zoom: number;
  marks: OverlayMark[];
}

/** Height of a line of `style`. */
const lineHeight = (style: OverlayTextStyle) => style.size * OVERLAY_LOOK.leading;
/** From the top of a line to its baseline: the glyphs centred in the line. */
const baseline = (style: OverlayTextStyle) => lineHeight(style) / 2 + style.size * 0.35;

/** Width and height of a sample, in pixels. */
export function sampleSize(sample: LegendSample): { width: number; height: number } {
  switch (sample.type) {
    case 'line':
      return { width: OVERLAY_LOOK.lineSample, height: Math.max(sample.width, 4) };
    case 'swatch':
      return OVERLAY_LOOK.swatch;
    case 'dot':
    case 'size': {
      const side = 2 * sample.r + 2;
      return { width: side, height: side };
    }
    case 'rings': {
      const reach = Math.max(sample.r, ...sample.rings.map((ring) => ring.r + ring.width / 2));
      return { width: 2 * reach + 2, height: 2 * reach + 2 };
    }
  }
}

/** Lines of text stacked from `top`, each a mark; returns the marks and their widest line. */
function stack(
  lines: readonly { text: string; style: OverlayTextStyle }[],
  x: number,
  top: number,
  measure: MeasureText,
): { marks: OverlayText[]; width: number; height: number } {
  let y = top;
  let width = 0;
  const marks = lines.map(({ text, style }) => {
    const font = overlayFont(style);
    width = Math.max(width, measure(text, font));
    const mark: OverlayText = { type: 'text', x, y: y + baseline(style), text, font, ...style };
    y += lineHeight(style);
    return mark;
  });
  return { marks, width, height: y - top };
}

/** A block of the legend that stays in one column: a heading with its first entry, an entry, a note. */
interface LegendBlock {
  height: number;
  /** Widest part, pixels. */
  width: number;
  /** The block's marks at (`x`, `top`). */
  place(x: number, top: number): OverlayMark[];
}

/** The legend's sections as blocks, each laid out at any place, samples in a column `sampleWidth` wide. */
function legendBlocks(
  sections: readonly LegendSection[],
  sampleWidth: number,
  measure: MeasureText,
): LegendBlock[] {
  const { heading, entry, note, sampleGap, sectionGap } = OVERLAY_LOOK;
  const headingBlock = (text: string, gap: number): LegendBlock => ({
    height: gap + lineHeight(heading),
    width: measure(text, overlayFont(heading)),
    place: (x, top) => stack([{ text, style: heading }], x, top + gap, measure).marks,
  });
  const entryBlock = ({ sample, label }: LegendEntry): LegendBlock => {
    const height = Math.max(lineHeight(entry), sampleSize(sample).height + 2);
    return {
      height,
      width: sampleWidth + sampleGap + measure(label, overlayFont(entry)),
      place: (x, top) => [
        { type: 'sample', x, y: top + height / 2, width: sampleWidth, sample },
        ...stack(
          [{ text: label, style: entry }],
          x + sampleWidth + sampleGap,
          top + (height - lineHeight(entry)) / 2,
          measure,
        ).marks,
      ],
    };
  };
  // Samples side by side, each label centred under its sample.
  const inlineBlock = (entries: readonly LegendEntry[]): LegendBlock => {
    const font = overlayFont(entry);
    const items = entries.map(({ sample, label }) => {
      const size = sampleSize(sample);
      const labelWidth = measure(label, font);
      return { sample, label, size, labelWidth, width: Math.max(size.width, labelWidth) };
    });
    const sampleHeight = Math.max(...items.map((item) => item.size.height));
    const gap = OVERLAY_LOOK.inlineGap;
    return {
      height: sampleHeight + 2 + lineHeight(entry),
      width: items.reduce((sum, item) => sum + item.width, 0) + gap * (items.length - 1),
      place: (x, top) => {
        let left = x;
        return items.flatMap((item) => {
          const centre = left + item.width / 2;
          left += item.width + gap;
          return [
            {
              type: 'sample',
              x: centre - item.size.width / 2,
              y: top + sampleHeight - item.size.height / 2,
              width: item.size.width,
              sample: item.sample,
            } satisfies OverlaySample,
            ...stack(
              [{ text: item.label, style: entry }],
              centre - item.labelWidth / 2,
              top + sampleHeight + 2,
              measure,
            ).marks,
          ];
        });
      },
    };
  };
  const noteBlock = (text: string): LegendBlock => ({
    height: lineHeight(note),
    width: measure(text, overlayFont(note)),
    place: (x, top) => stack([{ text, style: note }], x, top, measure).marks,
  });
  // A heading never ends a column: it travels with its first entry.
  const joined = (first: LegendBlock, second: LegendBlock): LegendBlock => ({
    height: first.height + second.height,
    width: Math.max(first.width, second.width),
    place: (x, top) => [...first.place(x, top), ...second.place(x, top + first.height)],
  });
  return sections
    .filter((section) => section.entries.length > 0)
    .flatMap((section, i) => {
      const [first, ...rest] = section.inline
        ? [inlineBlock(section.entries)]
        : section.entries.map(entryBlock);
      return [
        joined(headingBlock(section.heading, i === 0 ? 0 : sectionGap), first!),
        ...rest,
        ...(section.note ? [noteBlock(section.note)] : []),
      ];
    });
}

/**
 * The overlay of a `width` × `height` image (CSS pixels): title and filter top left, the legend
 * bottom left (in as many columns as the height below the title needs), source and date bottom
 * right, or top right when the legend takes the bottom's width.
 */
export function layoutOverlay(
  caption: OverlayCaption,
  legend: readonly LegendSection[],
  viewWidth: number,
  viewHeight: number,
  measure: MeasureText,
): OverlayLayout {
  const { margin, padding, title, filter, source, fullSize, minZoom } = OVERLAY_LOOK;
  const zoom = Math.min(
    1,
    Math.max(minZoom, Math.min(viewWidth / fullSize.width, viewHeight / fullSize.height)),
  );
  // Laid out in a larger view of zoom-sized pixels, drawn scaled by `zoom`.
  const width = viewWidth / zoom;
  const height = viewHeight / zoom;
  const marks: OverlayMark[] = [];
  const box = (x: number, y: number, w: number, h: number): OverlayBox => ({
    type: 'box',
    x,
    y,
    width: w,
    height: h,
  });

  // Top left: the title and the filter in words.
  const titleWidth = Math.max(120, width * OVERLAY_LOOK.titleShare - 2 * padding);
  const head = stack(
    [
      ...wrapText(caption.title, titleWidth, overlayFont(title), measure).map((text) => ({
        text,
        style: title,
      })),
      ...wrapText(caption.filter, titleWidth, overlayFont(filter), measure).map((text) => ({
        text,
        style: filter,
      })),
    ],
    margin + padding,
    margin + padding,
    measure,
  );
  const headBox = box(margin, margin, head.width + 2 * padding, head.height + 2 * padding);
  marks.push(headBox, ...head.marks);

  // Bottom left: the legend, in columns when it is taller than the room under the title.
  // One column of samples for every section of rows, so that their labels line up.
  const samples = legend
    .filter((section) => !section.inline)
    .flatMap((section) => section.entries.map((entry) => entry.sample));
  const sampleWidth = Math.max(0, ...samples.map((sample) => sampleSize(sample).width));
  const blocks = legendBlocks(legend, sampleWidth, measure);
  let legendRight = 0;
  if (blocks.length > 0) {
    const room = height - headBox.y - headBox.height - 2 * margin - 2 * padding;
    const columns: LegendBlock[][] = [[]];
    let used = 0;
    for (const block of blocks) {
      const column = columns[columns.length - 1]!;
      if (column.length > 0 && used + block.height > room) {
        columns.push([block]);
        used = block.height;
      } else {
        column.push(block);
        used += block.height;
      }
    }
    const heights = columns.map((column) => column.reduce((sum, b) => sum + b.height, 0));
    const widths = columns.map((column) => Math.max(...column.map((b) => b.width)));
    const innerWidth =
      widths.reduce((sum, w) => sum + w, 0) + OVERLAY_LOOK.columnGap * (columns.length - 1);
    const innerHeight = Math.max(...heights);
    const top = height - margin - innerHeight - 2 * padding;
    marks.push(box(margin, top, innerWidth + 2 * padding, innerHeight + 2 * padding));
    let x = margin + padding;
    columns.forEach((column, i) => {
      let y = top + padding;
      for (const block of column) {
        marks.push(...block.place(x, y));
        y += block.height;
      }
      x += widths[i]! + OVERLAY_LOOK.columnGap;
    });
    legendRight = margin + innerWidth + 2 * padding;
  }

  // Bottom right (top right if the legend is in the way): where the data comes from, and when.
  const sourceWidth = Math.max(120, width * OVERLAY_LOOK.sourceShare - 2 * padding);
  const lines = [
    ...wrapText(caption.source, sourceWidth, overlayFont(source), measure),
    caption.date,
  ].map((text) => ({ text, style: source }));
  const probe = stack(lines, 0, 0, measure);
  const boxWidth = probe.width + 2 * padding;
  const boxHeight = probe.height + 2 * padding;
  const x = width - margin - boxWidth;
  const y = legendRight + margin > x ? margin : height - margin - boxHeight;
  marks.push(
    box(x, y, boxWidth, boxHeight),
    ...stack(lines, x + padding, y + padding, measure).marks,
  );
  return { width: viewWidth, height: viewHeight, zoom, marks };
}
