// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LOOKS } from '../../../src/domain/encoding';
import { layoutOverlay } from '../../../src/domain/imageOverlay';
import type { LegendSection } from '../../../src/domain/legendSample';
import type { Scene } from '../../../src/graph/marks';
import { escapeXml, sceneToSvg } from '../../../src/graph/svg';

/** Text as wide as 0.6 em a character: enough to lay an overlay out without a canvas. */
const measure = (text: string, font: string) =>
  text.length * 0.6 * parseFloat(/(\d+)px/.exec(font)![1]!);

const label = (id: string, text: string, x: number, y: number) =>
  ({
    type: 'label',
    id,
    text,
    x,
    y,
    font: '12px "Noto Sans", sans-serif',
    color: '#1b1f24',
    halo: 'rgba(255,255,255,0.9)',
    haloWidth: 1.4,
    alpha: 1,
    box: { x: x - 20, y, width: 40, height: 14 },
  }) as const;

const node = (id: string, x: number, y: number) =>
  ({
    type: 'node',
    id,
    x,
    y,
    r: 6,
    fill: '#D55E00',
    stroke: '#ffffff',
    strokeWidth: 1.2,
    alpha: 0.95,
    focused: false,
  }) as const;

// Three cities, a dashed workshop batch of two links and a solid partnership, a ring, labels.
const scene: Scene = {
  width: 800,
  height: 500,
  items: [
    {
      type: 'links',
      look: 'workshop',
      color: '#0072B2',
      width: 2,
      dash: [6, 4],
      cap: 'butt',
      alpha: 0.8,
      focused: false,
      ids: ['w1', 'w2'],
      segments: [50, 50, 200, 100, 200, 100, 300, 250],
    },
    {
      type: 'links',
      look: 'partnership',
      color: '#E69F00',
      width: 3,
      dash: [],
      cap: 'round',
      alpha: 0.9,
      focused: false,
      ids: ['p1'],
      segments: [50, 50, 300, 250],
    },
    node('osaka', 50, 50),
    node('bandung', 200, 100),
    node('xss', 300, 250),
    { type: 'ring', id: 'osaka', role: 'host', x: 50, y: 50, r: 9, color: '#CC79A7', width: 2 },
    label('osaka', 'Osaka', 50, 60),
    label('xss', '<b>&"', 300, 260),
  ],
};

const legend: LegendSection[] = [
  {
    heading: 'Links',
    entries: [
      {
        sample: { type: 'line', ...LOOKS.workshop, width: 2, dash: [6, 4] },
        label: 'Workshop: participant – host or lecturer',
      },
      { sample: { type: 'line', ...LOOKS.partnership, width: 3 }, label: 'Partnership' },
    ],
    note: 'Thicker lines stand for more records.',
  },
  {
    heading: 'Cities',
    entries: [{ sample: { type: 'swatch', color: '#D55E00' }, label: 'Japan' }],
  },
];

const caption = {
  title: 'City-to-City Collaboration Network',
  filter: 'Theme: waste · 2016–2019',
  source: 'Data: MOEJ / IGES (bundled data)',
  date: '29 November 2026',
};

/** The SVG of the scene and its overlay, parsed as the browser would read the file. */
function parsed() {
  const svg = sceneToSvg(scene, layoutOverlay(caption, legend, 800, 500, measure), {
    title: caption.title,
    background: '#ffffff',
  });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return { svg, doc, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
}

describe('sceneToSvg', () => {
  it('writes a standalone SVG document of the view size that parses', () => {
    const { doc } = parsed();
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.nodeName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['800', '500']);
    expect(root.getAttribute('viewBox')).toBe('0 0 800 500');
    expect(doc.querySelector('svg > title')?.textContent).toBe(caption.title);
  });

  it('has one element per link and per city, with the colours, dashes and opacities drawn', () => {
    const { doc } = parsed();
    expect(doc.querySelectorAll('line.link')).toHaveLength(3);
    expect(doc.querySelectorAll('circle.node')).toHaveLength(3);
    expect(doc.querySelectorAll('circle.ring')).toHaveLength(1);
    expect(doc.querySelectorAll('text.label')).toHaveLength(2);
    const workshop = doc.querySelector('g[data-look="workshop"]')!;
    expect(workshop.querySelectorAll('line')).toHaveLength(2);
    expect(workshop.getAttribute('stroke')).toBe('#0072B2');
    expect(workshop.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(workshop.getAttribute('stroke-opacity')).toBe('0.8');
    const partnership = doc.querySelector('g[data-look="partnership"]')!;
    expect(partnership.hasAttribute('stroke-dasharray')).toBe(false);
    expect(partnership.getAttribute('stroke-linecap')).toBe('round');
    const osaka = doc.querySelector('circle.node')!;
    expect(osaka.getAttribute('fill')).toBe('#D55E00');
    expect(osaka.getAttribute('fill-opacity')).toBe('0.95');
    expect(doc.querySelector('circle.ring')!.getAttribute('data-role')).toBe('host');
  });

  it('draws the links first, then the cities, then the labels, as the canvas does', () => {
    const { doc } = parsed();
    const order = [...doc.querySelectorAll('line.link, circle.node, text.label')].map((element) =>
      element.getAttribute('class'),
    );
    expect(order).toEqual(['link', 'link', 'link', 'node', 'node', 'node', 'label', 'label']);
  });

  it('carries the title, the filter, the legend, the source and the date as text', () => {
    const { texts } = parsed();
    for (const text of [
      caption.title,
      caption.filter,
      caption.source,
      caption.date,
      'Links',
      'Partnership',
      'Workshop: participant – host or lecturer',
      'Thicker lines stand for more records.',
      'Japan',
    ])
      expect(texts).toContain(text);
  });

  it('keeps a city named <b>&" a name: escaped in the file, the same text when read', () => {
    const { svg, doc, texts } = parsed();
    expect(svg).toContain('&lt;b&gt;&amp;&quot;');
    expect(svg).not.toContain('<b>');
    expect(doc.querySelector('b')).toBeNull();
    expect(texts).toContain('<b>&"');
  });

  it('escapes every character that could end a text or an attribute', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
