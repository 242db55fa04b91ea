// @vitest-environment jsdom
/**
 * GEXF and GraphML of the network, read back with graphology's own parsers (independent readers,
 * on @xmldom/xmldom in Node): the same nodes, edges and attributes, text from data escaped.
 */
import { MultiUndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/domain/dataset';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { computeMetrics } from '../../../src/domain/metrics';
import { buildNetwork } from '../../../src/domain/network';
import { CREATOR, exportGexf, exportGraphml, xmlSafe } from '../../../src/io/graphFormats';
import { BUNDLED } from '../ui/bundledDataset';
import { makeCity, makePartnership } from '../../support/records';

// jsdom's environment (for its strict XML parser): the bundled data as the app bundles it.
const bundled = BUNDLED;
const whole = buildNetwork(bundled, DEFAULT_FILTERS);
const metrics = computeMetrics(whole);
const exportedAt = new Date('2026-03-01T09:30:00Z');

const FORMATS = [
  {
    name: 'GEXF',
    write: exportGexf,
    read: (text: string) => parseGexf(MultiUndirectedGraph, text),
  },
  {
    name: 'GraphML',
    write: exportGraphml,
    read: (text: string) => parseGraphml(MultiUndirectedGraph, text),
  },
] as const;

/**
 * Whether `text` is well-formed XML 1.0, by jsdom's strict parser (xmldom, under graphology's
 * parsers, forgives a lot): a malformed document parses to a `parsererror` element.
 */
function wellFormed(text: string): boolean {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  return document.getElementsByTagName('parsererror').length === 0;
}

it('wellFormed tells a malformed document', () => {
  expect(wellFormed('<a>\u0001</a>')).toBe(false);
  expect(wellFormed('<a b="<"/>')).toBe(false);
  expect(wellFormed('<a b="&lt;">&amp;</a>')).toBe(true);
});

describe.each(FORMATS)('$name of the network', ({ name, write, read }) => {
  const text = write(whole, bundled, { metrics, exportedAt, description: 'All records · bundled' });
  const graph = read(text);

  it('is well-formed XML', () => {
    expect(wellFormed(text)).toBe(true);
  });

  it('reads back with the same cities and links, each link keyed by its id', () => {
    expect(graph.order).toBe(47);
    expect(graph.size).toBe(180);
    expect(new Set(graph.nodes())).toEqual(new Set(whole.nodes.map((node) => node.id)));
    expect(new Set(graph.edges())).toEqual(new Set(whole.edges.map((edge) => edge.id)));
    expect(graph.extremities('partnership:kitakyushu~surabaya').sort()).toEqual([
      'kitakyushu',
      'surabaya',
    ]);
  });

  it('gives Osaka its names, country, programme region, coordinates and measures', () => {
    expect(graph.getNodeAttributes('osaka')).toMatchObject({
      label: 'Osaka',
      name: 'Osaka',
      local_name: '大阪市',
      country: 'JP',
      country_name: 'Japan',
      programme_region: 'japan',
      lat: 34.6938,
      lon: 135.5011,
      city_kind: 'city',
      degree: metrics.byCity.get('osaka')!.degree,
      betweenness: metrics.byCity.get('osaka')!.betweenness,
      group: metrics.byCity.get('osaka')!.community,
    });
    // A city without a local name has no such attribute, rather than an empty one.
    expect(graph.getNodeAttributes('surabaya')).not.toHaveProperty('local_name');
  });

  it('gives a link its kind, themes, years and the records behind it', () => {
    expect(graph.getEdgeAttributes('workshop:balikpapan~kitakyushu')).toMatchObject({
      link_kind: 'workshop',
      themes: 'climate-policy;education;low-carbon;waste',
      years: '2017;2019',
      first_year: 2017,
      last_year: 2019,
      records: 2,
      weight: 2,
    });
    expect(graph.getEdgeAttributes('partnership:kitakyushu~surabaya')).toMatchObject({
      link_kind: 'partnership',
      first_year: 2004,
      records: 1,
    });
  });

  it('says who wrote it, what it shows and when', () => {
    const attributes = graph.getAttributes();
    expect(attributes.creator).toBe(CREATOR);
    expect(attributes.description).toBe('All records · bundled');
    if (name === 'GEXF') expect(attributes.lastModifiedDate).toBe('2026-03-01');
    else expect(attributes.exported_at).toBe('2026-03-01T09:30:00.000Z');
  });

  it('leaves the measures out when none are given (a worker may still be computing them)', () => {
    const withoutMetrics = read(write(whole, bundled));
    expect(withoutMetrics.getNodeAttributes('osaka')).not.toHaveProperty('degree');
    expect(withoutMetrics.getNodeAttributes('osaka')).not.toHaveProperty('group');
  });

  it('holds the filtered cities only: faded context cities are left out', () => {
    const filters = { ...DEFAULT_FILTERS, themes: ['water'], fadeOutside: true };
    const filtered = buildNetwork(bundled, filters);
    // The network keeps the other cities, faded: the export must not.
    expect(filtered.nodes.some((node) => node.outside)).toBe(true);
    const back = read(write(filtered, bundled));
    expect(back.order).toBeGreaterThan(0);
    expect(back.order).toBeLessThan(47);
    expect(back.size).toBe(filtered.edges.length);
    for (const node of back.nodes()) expect(back.degree(node)).toBeGreaterThan(0);
  });

  it("gives a city its own region as written beside the programme's region", () => {
    const dataset = createDataset(
      [
        makeCity({
          id: 'glasgow',
          name: 'Glasgow',
          country: 'GB',
          region: 'Scotland',
          lat: 55.86,
          lon: -4.25,
        }),
        makeCity({ id: 'hue', name: 'Huế', country: 'VN', lat: 16.46, lon: 107.59 }),
      ],
      [],
      [makePartnership({ id: 'p', cityAId: 'glasgow', cityBId: 'hue' })],
    );
    const back = read(write(buildNetwork(dataset, DEFAULT_FILTERS), dataset));
    expect(back.getNodeAttributes('glasgow')).toMatchObject({
      region: 'Scotland',
      programme_region: 'elsewhere',
    });
    expect(back.getNodeAttributes('hue')).toMatchObject({ programme_region: 'southeast-asia' });
    // An empty region is left out, as an empty local name is.
    expect(back.getNodeAttributes('hue')).not.toHaveProperty('region');
  });

  it('escapes markup, quotes and ampersands, and replaces characters XML cannot hold', () => {
    const tricky = 'A <b> & "c" \'d\' \u0001e\u0000';
    const dataset = createDataset(
      [
        makeCity({ id: 'x', name: tricky, localName: '</node>', country: 'JP', lat: 35, lon: 139 }),
        makeCity({ id: 'y', name: 'Y', country: 'VN', lat: 21, lon: 105.5 }),
      ],
      [],
      [makePartnership({ id: 'p', cityAId: 'x', cityBId: 'y', themes: ['a&b', '<c>'] })],
    );
    const written = write(buildNetwork(dataset, DEFAULT_FILTERS), dataset, {
      description: 'Theme: "<&>"',
    });
    expect(written.includes('\u0000') || written.includes('\u0001')).toBe(false);
    expect(wellFormed(written)).toBe(true);
    const back = read(written);
    expect(back.getNodeAttribute('x', 'name')).toBe('A <b> & "c" \'d\' \uFFFDe\uFFFD');
    expect(back.getNodeAttribute('x', 'local_name')).toBe('</node>');
    expect(back.getEdgeAttribute('partnership:x~y', 'themes')).toBe('<c>;a&b');
    expect(back.getAttribute('description')).toBe('Theme: "<&>"');
  });

  it('writes city and link ids with a control character as XML can hold them, none merged', () => {
    const dataset = createDataset(
      [
        makeCity({ id: 'a\u0001', name: 'A1', country: 'JP', lat: 35, lon: 139 }),
        makeCity({ id: 'a\u0002', name: 'A2', country: 'JP', lat: 34, lon: 135 }),
        makeCity({ id: 'b', name: 'B', country: 'VN', lat: 21, lon: 105.5 }),
      ],
      [],
      [
        makePartnership({ id: 'p1', cityAId: 'a\u0001', cityBId: 'b' }),
        makePartnership({ id: 'p2', cityAId: 'a\u0002', cityBId: 'b' }),
      ],
    );
    const written = write(buildNetwork(dataset, DEFAULT_FILTERS), dataset);
    expect(wellFormed(written)).toBe(true);
    const back = read(written);
    expect(back.nodes().sort()).toEqual(['a\uFFFD', 'a\uFFFD-2', 'b']);
    expect(back.getNodeAttribute('a\uFFFD', 'name')).toBe('A1');
    expect(back.getNodeAttribute('a\uFFFD-2', 'name')).toBe('A2');
    // Each link keeps its own id (the second one to meet another gets `-2`) and its own city.
    expect(back.edges().sort()).toEqual(['partnership:a\uFFFD~b', 'partnership:a\uFFFD~b-2']);
    const endsOf = (partnership: string) => {
      const edge = back.findEdge((_, attributes) => attributes.partnership_ids === partnership);
      return back.extremities(edge!).sort();
    };
    expect(endsOf('p1')).toEqual(['a\uFFFD', 'b']);
    expect(endsOf('p2')).toEqual(['a\uFFFD-2', 'b']);
  });
});

describe('xmlSafe', () => {
  it('keeps tab, line ends, CJK and emoji; replaces other control characters and lone surrogates', () => {
    expect(xmlSafe('a\tb\nc\r大阪🌏')).toBe('a\tb\nc\r大阪🌏');
    expect(xmlSafe('\u0008x\uFFFEy\uD800')).toBe('\uFFFDx\uFFFDy\uFFFD');
  });
});
