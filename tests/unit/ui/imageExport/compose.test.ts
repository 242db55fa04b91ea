import { describe, expect, it } from 'vitest';
import {
  layoutOverlay,
  OVERLAY_LOOK,
  type OverlayBox,
  type OverlayLayout,
  type OverlayText,
} from '../../../../src/domain/imageOverlay';
import type { LegendSection } from '../../../../src/domain/legendSample';
import { wrapText } from '../../../../src/domain/wrapText';
import { paintOverlay, type OverlayContext } from '../../../../src/ui/imageExport/compose';

/** Text as wide as 0.6 em a character. */
const measure = (text: string, font: string) =>
  [...text].length * 0.6 * parseFloat(/(\d+)px/.exec(font)![1]!);

/** A 2D context that records every call and every style set, in order. */
function recorder() {
  const log: string[] = [];
  const texts: { text: string; x: number; y: number; font: string }[] = [];
  let font = '';
  const context = new Proxy({} as Record<string, unknown>, {
    get: (_, name: string) =>
      name === 'fillText'
        ? (text: string, x: number, y: number) => texts.push({ text, x, y, font })
        : (...args: unknown[]) => log.push(`${name}(${args.join(',')})`),
    set: (_, name: string, value: unknown) => {
      if (name === 'font') font = String(value);
      log.push(`${name}=${String(value)}`);
      return true;
    },
  }) as unknown as OverlayContext;
  return { context, log, texts };
}

const caption = {
  title: 'City-to-City Collaboration Network',
  filter: 'Theme: waste · 2016–2019',
  source: 'Data: MOEJ / IGES city-to-city collaboration programme (bundled data)',
  date: '29 November 2026',
};

const legend: LegendSection[] = [
  {
    heading: 'Cities',
    entries: [
      { sample: { type: 'swatch', color: '#D55E00' }, label: 'Japan' },
      { sample: { type: 'swatch', color: '#0072B2' }, label: 'Southeast Asia' },
    ],
  },
  {
    heading: 'Links',
    entries: [
      {
        sample: { type: 'line', color: '#E69F00', width: 3, dash: [], alpha: 0.9, cap: 'round' },
        label: 'Partnership',
      },
    ],
    note: 'Thicker lines stand for more records.',
  },
];

const boxes = (layout: OverlayLayout) =>
  layout.marks.filter((mark): mark is OverlayBox => mark.type === 'box');
const textMarks = (layout: OverlayLayout) =>
  layout.marks.filter((mark): mark is OverlayText => mark.type === 'text');
/** The box a text is drawn in. */
const boxOf = (layout: OverlayLayout, text: string) => {
  const mark = textMarks(layout).find((t) => t.text === text)!;
  return boxes(layout).find(
    (b) => mark.x >= b.x && mark.x <= b.x + b.width && mark.y >= b.y && mark.y <= b.y + b.height,
  )!;
};

describe('the overlay of an image', () => {
  const layout = layoutOverlay(caption, legend, 1000, 600, measure);
  const { margin } = OVERLAY_LOOK;

  it('puts the title and the filter top left, the legend bottom left, source and date bottom right', () => {
    const title = boxOf(layout, caption.title);
    expect([title.x, title.y]).toEqual([margin, margin]);
    expect(boxOf(layout, caption.filter)).toBe(title);
    const legendBox = boxOf(layout, 'Partnership');
    expect(legendBox.x).toBe(margin);
    expect(legendBox.y + legendBox.height).toBe(600 - margin);
    expect(boxOf(layout, 'Cities')).toBe(legendBox);
    const source = boxOf(layout, caption.date);
    expect(source.x + source.width).toBe(1000 - margin);
    expect(source.y + source.height).toBe(600 - margin);
  });

  it('keeps every box inside the image, and no two overlapping', () => {
    const all = boxes(layout);
    expect(all).toHaveLength(3);
    for (const b of all) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(1000);
      expect(b.y + b.height).toBeLessThanOrEqual(600);
    }
    for (const a of all)
      for (const b of all)
        if (a !== b)
          expect(
            a.x + a.width <= b.x ||
              b.x + b.width <= a.x ||
              a.y + a.height <= b.y ||
              b.y + b.height <= a.y,
          ).toBe(true);
  });

  it('wraps a long filter within the title box, and Japanese too', () => {
    const filter =
      'Themes: waste, energy, water, low-carbon, decarbonisation · 2016–2019 · Countries: Japan, Indonesia, Viet Nam';
    const narrow = layoutOverlay({ ...caption, filter }, legend, 600, 600, measure);
    // The first box is the title's; its lines in the filter's size are the filter.
    const titleBox = boxes(narrow)[0]!;
    const lines = textMarks(narrow).filter(
      (t) => t.size === OVERLAY_LOOK.filter.size && boxOf(narrow, t.text) === titleBox,
    );
    expect(lines.length).toBeGreaterThan(1);
    // Nothing lost: the lines hold every character of the filter, in order.
    const letters = (text: string) => text.replace(/\s/g, '');
    expect(letters(lines.map((t) => t.text).join(''))).toBe(letters(filter));
    for (const line of lines) expect(measure(line.text, line.font)).toBeLessThanOrEqual(600 * 0.55);
    const japanese = '分野：廃棄物、エネルギー、水 · 2016〜2019年 · 国：日本、インドネシア';
    const ja = wrapText(japanese, 120, '12px x', measure);
    expect(ja.length).toBeGreaterThan(1);
    expect(letters(ja.join(''))).toBe(letters(japanese));
    for (const line of ja) expect(measure(line, '12px x')).toBeLessThanOrEqual(120);
  });

  it('moves source and date to the top right when the legend takes the bottom', () => {
    const wide: LegendSection[] = [
      {
        heading: 'Links',
        entries: [
          {
            sample: { type: 'swatch', color: '#E69F00' },
            label: 'A very long legend label that takes most of the width of a narrow image',
          },
        ],
      },
    ];
    const narrow = layoutOverlay(caption, wide, 700, 400, measure);
    expect(boxOf(narrow, caption.date).y).toBe(margin);
  });

  it('flows a legend taller than the room under the title into more columns', () => {
    const tall: LegendSection[] = [
      {
        heading: 'Themes',
        entries: Array.from({ length: 30 }, (_, i) => ({
          sample: { type: 'swatch' as const, color: '#0072B2' },
          label: `Theme ${i + 1}`,
        })),
      },
    ];
    const short = layoutOverlay(caption, tall, 1000, 300, measure);
    const xs = new Set(
      textMarks(short)
        .filter((t) => t.text.startsWith('Theme '))
        .map((t) => t.x),
    );
    expect(xs.size).toBeGreaterThan(1);
    const legendBox = boxOf(short, 'Theme 1');
    expect(legendBox.y).toBeGreaterThan(
      boxOf(short, caption.title).y + boxOf(short, caption.title).height,
    );
  });

  it('lays sizes side by side, each number under its circle', () => {
    const sizes: LegendSection[] = [
      {
        heading: 'Size: partner cities',
        inline: true,
        entries: [4, 9, 18].map((r, i) => ({
          sample: { type: 'size' as const, r, color: '#4a5360' },
          label: String([1, 6, 23][i]),
        })),
      },
    ];
    const marks = textMarks(layoutOverlay(caption, sizes, 1000, 600, measure));
    const numbers = ['1', '6', '23'].map((n) => marks.find((t) => t.text === n)!);
    expect(new Set(numbers.map((t) => t.y)).size).toBe(1);
    expect(numbers[0]!.x).toBeLessThan(numbers[1]!.x);
    expect(numbers[1]!.x).toBeLessThan(numbers[2]!.x);
  });

  it('shrinks in a narrow view, down to three quarters, and stays inside it', () => {
    expect(layout.zoom).toBe(1);
    const narrow = layoutOverlay(caption, legend, 320, 600, measure);
    expect(narrow.zoom).toBe(0.75);
    for (const b of boxes(narrow)) {
      expect((b.x + b.width) * narrow.zoom).toBeLessThanOrEqual(320);
      expect((b.y + b.height) * narrow.zoom).toBeLessThanOrEqual(600);
    }
    const { context, log } = recorder();
    paintOverlay(context, narrow, 2);
    expect(log).toContain('setTransform(1.5,0,0,1.5,0,0)');
  });
});

describe('paintOverlay', () => {
  it('draws the title, the filter, the legend, the source and the date as canvas text', () => {
    const { context, texts } = recorder();
    paintOverlay(context, layoutOverlay(caption, legend, 1000, 600, measure), 2);
    // A long source is wrapped: its lines, read in turn, are the source.
    const drawn = texts.map((t) => t.text).join('\n');
    expect(
      texts
        .filter((t) => caption.source.includes(t.text))
        .map((t) => t.text)
        .join(' '),
    ).toBe(caption.source);
    for (const text of [
      caption.title,
      caption.filter,
      caption.date,
      'Cities',
      'Japan',
      'Southeast Asia',
      'Links',
      'Partnership',
      'Thicker lines stand for more records.',
    ])
      expect(drawn).toContain(text);
    expect(texts.find((t) => t.text === caption.title)!.font).toMatch(/^600 16px /);
  });

  it('scales with the image: CSS pixels of the layout times the scale, and restores the context', () => {
    const { context, log } = recorder();
    paintOverlay(context, layoutOverlay(caption, legend, 1000, 600, measure), 4);
    expect(log[0]).toBe('save()');
    expect(log).toContain('setTransform(4,0,0,4,0,0)');
    expect(log.at(-1)).toBe('restore()');
  });

  it('draws the boxes white and slightly transparent, and a dashed sample dashed', () => {
    const { context, log } = recorder();
    const dashed: LegendSection[] = [
      {
        heading: 'Links',
        entries: [
          {
            sample: {
              type: 'line',
              color: '#0072B2',
              width: 2,
              dash: [6, 4],
              alpha: 0.8,
              cap: 'butt',
            },
            label: 'Workshop',
          },
        ],
      },
    ];
    paintOverlay(context, layoutOverlay(caption, dashed, 1000, 600, measure), 1);
    expect(log).toContain(`globalAlpha=${OVERLAY_LOOK.box.fillOpacity}`);
    expect(log).toContain('fillStyle=#ffffff');
    expect(log).toContain('setLineDash(6,4)');
    expect(log).toContain('strokeStyle=#0072B2');
  });
});
