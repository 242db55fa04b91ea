// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { datedFileName } from '../../../../src/ui/download';
import type { ExportCaption } from '../../../../src/ui/exportCaption';
import { standaloneChartSvg } from '../../../../src/ui/reach/charts/chartSvg';

const SVG_NS = 'http://www.w3.org/2000/svg';

const CAPTION: ExportCaption = {
  title: 'City-to-City Collaboration Network',
  filter: 'Theme: waste · 2016–2019',
  source: 'Data: bundled programme data',
  date: '29 Nov 2026',
};

/** A chart as the page draws it: a viewBox, a title, a bar and a label. */
function chart(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 640 200');
  svg.setAttribute('width', '100%');
  svg.setAttribute('role', 'img');
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = 'Cities per country';
  const bar = document.createElementNS(SVG_NS, 'rect');
  bar.setAttribute('width', '100');
  bar.setAttribute('height', '20');
  bar.setAttribute('fill', '#D55E00');
  const label = document.createElementNS(SVG_NS, 'text');
  label.textContent = 'Japan';
  svg.append(title, bar, label);
  document.body.append(svg);
  return svg;
}

/** The file's text parsed as a standalone SVG document. */
function parse(text: string): Document {
  return new DOMParser().parseFromString(text, 'image/svg+xml');
}

describe('a chart downloaded as SVG', () => {
  it('is a well-formed SVG document of its own', () => {
    const file = parse(standaloneChartSvg(chart(), 'Cities per country', CAPTION));
    expect(file.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = file.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute('xmlns')).toBe(SVG_NS);
    // A file has a size of its own, not the page's 100%.
    expect(root.getAttribute('width')).toBe('640');
  });

  it('names the chart and its filters above it, and the source, date and app below it', () => {
    const svg = chart();
    const file = parse(standaloneChartSvg(svg, 'Cities per country', CAPTION));
    const lines = Array.from(file.documentElement.children)
      .filter((node) => node.localName === 'text')
      .map((node) => ({ text: node.textContent, y: Number(node.getAttribute('y')) }));
    const at = (text: string) => lines.find((line) => line.text === text)!.y;
    expect(at('Cities per country')).toBeLessThan(0);
    expect(at('Theme: waste · 2016–2019')).toBeLessThan(0);
    expect(at('Data: bundled programme data · 29 Nov 2026')).toBeGreaterThan(200);
    expect(at('City-to-City Collaboration Network')).toBeGreaterThan(200);
    // The viewBox grew to hold them; the chart itself is all there.
    const [, top, width, height] = file.documentElement.getAttribute('viewBox')!.split(' ');
    expect(Number(top)).toBeLessThan(0);
    expect(Number(width)).toBe(640);
    expect(Number(height)).toBeGreaterThan(200 - Number(top));
    expect(file.documentElement.textContent).toContain('Japan');
    // The page's chart is left as it was.
    expect(svg.getAttribute('viewBox')).toBe('0 0 640 200');
    expect(svg.querySelectorAll('text')).toHaveLength(1);
  });

  it('keeps text from the data as text', () => {
    const caption = { ...CAPTION, filter: 'Theme: <script>alert(1)</script> & "waste"' };
    const text = standaloneChartSvg(chart(), '国別の都市数 <b>', caption);
    const file = parse(text);
    expect(file.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(file.getElementsByTagName('script')).toHaveLength(0);
    expect(file.getElementsByTagName('b')).toHaveLength(0);
    expect(file.documentElement.textContent).toContain(
      'Theme: <script>alert(1)</script> & "waste"',
    );
    expect(file.documentElement.textContent).toContain('国別の都市数 <b>');
  });

  it('wraps a filter line too long for the chart onto more lines', () => {
    const filter = Array.from({ length: 30 }, (_, i) => `Theme${i}`).join(', ');
    const file = parse(standaloneChartSvg(chart(), 'Cities per country', { ...CAPTION, filter }));
    const texts = Array.from(file.documentElement.children).filter(
      (node) => node.localName === 'text' && Number(node.getAttribute('y')) < 0,
    );
    expect(texts.length).toBeGreaterThan(2);
    expect(texts.map((node) => node.textContent).join(' ')).toBe(`Cities per country ${filter}`);
  });
});

describe('the downloaded file name', () => {
  it('says what it is and the day, ISO-style', () => {
    expect(datedFileName('reach-activity', 'svg', new Date(2026, 10, 29, 23, 30))).toBe(
      'reach-activity-2026-11-29.svg',
    );
    expect(datedFileName('reach-growth', 'svg', new Date(2027, 0, 5))).toBe(
      'reach-growth-2027-01-05.svg',
    );
  });
});
