/** Writing a dataset out: CSV cells, formula-injection escapes, numbers, and GeoJSON. */
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/domain/dataset';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { buildNetwork } from '../../../src/domain/network';
import type { City, Partnership, Workshop } from '../../../src/domain/types';
import { omittedLinksText, reportTranslator } from '../../../src/i18n/issues';
import { COLUMNS } from '../../../src/io/columns';
import { csvText, exportCsv, exportGeoJson, plainNumber } from '../../../src/io/export';
import { loadDataset } from '../../../src/io/load';
import { loadBundled } from '../../support/bundled';
import { makeCity, makePartnership, makeWorkshop } from '../../support/records';

const city = (overrides: Partial<City> = {}) =>
  makeCity({
    id: 'bandung',
    name: 'Bandung',
    country: 'ID',
    lat: -6.9222,
    lon: 107.6069,
    kind: 'city',
    ...overrides,
  });

const workshop = (overrides: Partial<Workshop> = {}) =>
  makeWorkshop({ id: 'w1', title: 'Forum', startDate: '2020', ...overrides });

const partnership = (overrides: Partial<Partnership> = {}) =>
  makePartnership({ id: 'p1', cityAId: 'bandung', cityBId: 'osaka', ...overrides });

const OSAKA = city({ id: 'osaka', name: 'Osaka', country: 'JP', lat: 34.6938, lon: 135.5011 });

/** The lines of a CSV text (none of the cells used with this helper hold a line break). */
const lines = (text: string) => text.trimEnd().split('\n');

describe('exportCsv', () => {
  it('writes the contract columns in contract order, then extra columns in first-seen order', () => {
    const dataset = createDataset(
      [
        city({ extra: { Budget: '1', Contact: 'A' } }),
        { ...OSAKA, region: 'Osaka', extra: { Contact: 'B', Mayor: 'C' } },
      ],
      [],
      [],
    );
    const [header, bandung, osaka] = lines(exportCsv(dataset).cities);
    const contract = COLUMNS.cities.map((c) => c.name);
    expect(header).toBe([...contract, 'Budget', 'Contact', 'Mayor'].join(','));
    // A record without an extra column gets an empty cell there.
    expect(bandung).toBe('bandung,Bandung,,ID,,-6.9222,107.6069,city,,,,1,A,');
    expect(osaka).toBe('osaka,Osaka,,JP,Osaka,34.6938,135.5011,city,,,,,B,C');
  });

  it('writes a header-only file for each file without records', () => {
    const files = exportCsv(createDataset([], [], []));
    for (const file of ['cities', 'workshops', 'partnerships'] as const) {
      expect(files[file]).toBe(`${COLUMNS[file].map((c) => c.name).join(',')}\n`);
    }
  });

  it('joins lists with ";", writes numbers plainly and unknown values as empty cells', () => {
    const dataset = createDataset(
      [city(), OSAKA],
      [
        workshop({
          themes: ['waste', 'energy'],
          hostCityIds: ['osaka'],
          participantCityIds: ['bandung', 'osaka'],
          participants: 12,
          organisers: ['MOEJ', 'IGES'],
        }),
      ],
      [partnership({ startYear: 2004, endYear: null, themes: ['waste'] })],
    );
    const files = exportCsv(dataset);
    expect(lines(files.workshops)[1]).toBe(
      'w1,Forum,waste;energy,2020,,osaka,bandung;osaka,,12,MOEJ;IGES,,,,,',
    );
    expect(lines(files.partnerships)[1]).toBe('p1,bandung,osaka,waste,2004,,,active,,,,,');
  });

  it('quotes cells holding a comma, a quote, CR or LF (RFC 4180), and header names holding any delimiter', () => {
    const dataset = createDataset(
      [
        city({
          name: 'Bandung, "Paris of Java"',
          notes: 'one\ntwo\r\nthree\rfour',
          source: 'a;b\tc|d',
          extra: { 'Budget; JPY': 'x' },
        }),
      ],
      [],
      [],
    );
    const text = exportCsv(dataset).cities;
    expect(text).toContain('"Bandung, ""Paris of Java"""');
    expect(text).toContain('"one\ntwo\r\nthree\rfour"');
    // Inside a row, only RFC 4180's characters need quotes.
    expect(text).toContain(',a;b\tc|d,');
    expect(text.split('\n')[0]).toMatch(/,"Budget; JPY"$/);
  });
});

/**
 * The cells a spreadsheet makes of CSV text when told to split on `delimiter`: a quote counts only
 * at the start of a cell (`""` inside is one quote, text after the closing quote is kept), and
 * a line end outside quotes ends a row.
 */
function spreadsheetCells(text: string, delimiter: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let cell = '';
    if (text[i] === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] !== '"') cell += text[i];
        else if (text[i + 1] === '"') cell += text[i++];
        else {
          i++;
          break;
        }
      }
    }
    while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r')
      cell += text[i++];
    cells.push(cell);
    i++;
  }
  return cells;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

describe('formula-injection escape', () => {
  it('leaves no cell starting a formula, whether a spreadsheet splits the files on ",", ";" or tab', () => {
    const nasty = [
      'a;@SUM(1)',
      'a,=1+2',
      'a\t+cmd',
      'first line\n-2+3',
      'first line\r\n=1',
      'x;"=HYPERLINK(1)"',
      "a;'=1",
      '=a;+b\t-c',
    ];
    const dataset = createDataset(
      nasty.map((text, index) =>
        city({ id: `c${index}`, name: text, notes: text, extra: { 'Memo;@risk': text } }),
      ),
      [workshop({ title: nasty[0], organisers: ['=MOEJ', '@IGES', '-x'] })],
      [partnership({ cityAId: 'c0', cityBId: 'c1', description: nasty[1] })],
    );
    const files = exportCsv(dataset);
    for (const delimiter of [',', ';', '\t']) {
      const formulas = Object.values(files)
        .flatMap((text) => spreadsheetCells(text, delimiter))
        .filter((cell) => FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell));
      expect({ delimiter, formulas }).toEqual({ delimiter, formulas: [] });
    }
    // And the loader reads every text back as it was.
    const again = loadDataset(files);
    expect(again.dataset.cities).toStrictEqual(dataset.cities);
    expect(again.dataset.workshops).toStrictEqual(dataset.workshops);
    expect(again.dataset.partnerships).toStrictEqual(dataset.partnerships);
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])(
    'escapes every text cell starting with %j (names, ids, lists, extra columns, headers) and reads each back',
    (start) => {
      const text = `${start}x`;
      const cities = [
        city({
          id: text,
          name: text,
          localName: text,
          kind: text,
          source: text,
          notes: text,
          extra: { [text]: text },
        }),
        OSAKA,
      ];
      const dataset = createDataset(
        cities,
        [workshop({ title: text, hostCityIds: [text, 'osaka'], organisers: [text], funder: text })],
        [partnership({ cityAId: text, description: text, type: text })],
      );
      const files = exportCsv(dataset);
      // No written cell of these files starts with a starter character.
      const cells = Object.values(files).flatMap((file) => file.split(/[,\n]/));
      const unescaped = cells.filter((cell) => /^"?[=+\-@\t\r]/.test(cell));
      // Bandung's latitude is the only such cell: a number, which is never escaped.
      expect(unescaped).toEqual(['-6.9222']);
      expect(files.cities).toContain(`'${start}x`);
      // Reading back gives the text, not the escape (cells are trimmed, so tab and CR starters come
      // back only because the apostrophe keeps them off the cell's edge).
      const again = loadDataset(files);
      expect(again.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(again.dataset.cities[0]).toMatchObject({ id: text, name: text, notes: text });
      expect(Object.getOwnPropertyDescriptor(again.dataset.cities[0]!.extra, text)?.value).toBe(
        text,
      );
      expect(again.dataset.workshops[0]).toMatchObject({ title: text, funder: text });
      expect(again.dataset.partnerships[0]).toMatchObject({ cityAId: text, description: text });
    },
  );

  it('leaves negative coordinates and other numbers as numbers, not escaped', () => {
    const dataset = createDataset([city({ lat: -6.9222, lon: -77.0428, population: 0 })], [], []);
    const row = lines(exportCsv(dataset).cities)[1];
    expect(row).toBe('bandung,Bandung,,ID,,-6.9222,-77.0428,city,0,,');
  });

  it('escapes a negative number written as text (in notes or an extra column)', () => {
    const dataset = createDataset([city({ notes: '-6.9222', extra: { Delta: '-5' } })], [], []);
    expect(lines(exportCsv(dataset).cities)[1]).toBe(
      "bandung,Bandung,,ID,,-6.9222,107.6069,city,,,'-6.9222,'-5",
    );
  });
});

describe('plainNumber', () => {
  it.each([
    [34.6938, '34.6938'],
    [-6.9222, '-6.9222'],
    [0, '0'],
    [-0, '-0'],
    [1e-7, '0.0000001'],
    [-1.25e-8, '-0.0000000125'],
    [5e-324, `0.${'0'.repeat(323)}5`],
    [1e21, '1000000000000000000000'],
    [1.5e22, '15000000000000000000000'],
  ])('writes %d plainly (%s), and the text reads back as the same number', (value, text) => {
    expect(plainNumber(value)).toBe(text);
    expect(Object.is(Number(text), value)).toBe(true);
  });
});

describe('csvText', () => {
  it('writes null as empty, numbers without escapes, text escaped and quoted', () => {
    expect(csvText(['a', 'b', 'c'], [[null, -1, '-1, "x"']])).toBe('a,b,c\n,-1,"\'-1, ""x"""\n');
  });
});

describe('exportGeoJson', () => {
  const dataset = createDataset(
    [
      city({ localName: 'Kota Bandung' }),
      OSAKA,
      city({ id: 'lone', name: 'Lone', lat: 1, lon: 2 }),
    ],
    [
      workshop({
        id: 'w1',
        themes: ['energy'],
        startDate: '2019-05',
        hostCityIds: ['osaka'],
        participantCityIds: ['bandung'],
      }),
    ],
    [
      partnership({ id: 'p1', themes: ['waste'], startYear: 2004 }),
      partnership({ id: 'p2', startYear: null }),
    ],
  );
  const network = buildNetwork(dataset, DEFAULT_FILTERS);
  const collection = exportGeoJson(network, dataset);

  it('writes each city of the network as a Point at [lon, lat] with its counts', () => {
    const points = collection.features.filter((f) => f.geometry.type === 'Point');
    expect(points.map((f) => f.properties.id)).toEqual(['bandung', 'osaka', 'lone']);
    expect(points[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [107.6069, -6.9222] },
      properties: {
        id: 'bandung',
        name: 'Bandung',
        local_name: 'Kota Bandung',
        country: 'ID',
        kind: 'city',
        links: 2,
        partnerships: 2,
        workshops: 1,
      },
    });
  });

  it('writes each link as a straight LineString between its cities, with the records behind it', () => {
    const lines = collection.features.filter((f) => f.geometry.type === 'LineString');
    expect(lines).toHaveLength(network.edges.length);
    expect(lines).toContainEqual({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [107.6069, -6.9222],
          [135.5011, 34.6938],
        ],
      },
      properties: {
        id: 'partnership:bandung~osaka',
        kind: 'partnership',
        source: 'bandung',
        target: 'osaka',
        themes: 'waste',
        years: '2004',
        year_unknown: true,
        partnership_ids: 'p1;p2',
        workshop_ids: '',
        weight: 2,
      },
    });
    expect(lines).toContainEqual(
      expect.objectContaining({
        properties: expect.objectContaining({
          id: 'workshop:bandung~osaka',
          themes: 'energy',
          years: '2019',
          workshop_ids: 'w1',
          weight: 1,
        }),
      }),
    );
  });

  it('is a FeatureCollection of the whole bundled network that survives JSON', () => {
    const bundled = loadBundled().dataset;
    const whole = buildNetwork(bundled, DEFAULT_FILTERS);
    const parsed = JSON.parse(JSON.stringify(exportGeoJson(whole, bundled)));
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features).toHaveLength(whole.nodes.length + whole.edges.length);
    for (const feature of parsed.features) {
      for (const [lon, lat] of feature.geometry.type === 'Point'
        ? [feature.geometry.coordinates]
        : feature.geometry.coordinates) {
        expect(Math.abs(lon)).toBeLessThanOrEqual(180);
        expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      }
    }
  });

  it('cuts a link across ±180° into a MultiLineString of pieces that end on the antimeridian', () => {
    // Koror, Palau (134.5°E) and Honolulu (157.9°W): 67.7° apart across ±180°, 292.3° the other way.
    const koror = city({ id: 'koror', lat: 7.3426, lon: 134.4789 });
    const honolulu = city({ id: 'honolulu', lat: 21.3069, lon: -157.8583 });
    const pacific = createDataset(
      [koror, honolulu],
      [],
      [partnership({ cityAId: 'koror', cityBId: 'honolulu' })],
    );
    const features = exportGeoJson(buildNetwork(pacific, DEFAULT_FILTERS), pacific).features;
    const link = features.find((f) => f.geometry.type !== 'Point')!;
    expect(link.geometry.type).toBe('MultiLineString');
    const parts = link.geometry.coordinates as number[][][];
    expect(parts).toHaveLength(2);
    const [western, eastern] = parts as [number[][], number[][]];
    // From the edge's source (honolulu) westward across ±180° to its target (koror).
    expect(western[0]).toEqual([-157.8583, 21.3069]);
    expect(western.at(-1)![0]).toBe(-180);
    expect(eastern[0]![0]).toBe(180);
    expect(eastern.at(-1)).toEqual([134.4789, 7.3426]);
    expect(eastern[0]![1]).toBe(western.at(-1)![1]);
    for (const part of parts) expect(Math.abs(part[0]![0]! - part.at(-1)![0]!)).toBeLessThan(180);
  });

  it('leaves out a link between two cities at one point, and names it in the file and a note', () => {
    const twins = createDataset(
      [
        OSAKA,
        city({ id: 'osaka-port', lat: OSAKA.lat, lon: OSAKA.lon }),
        city({ id: 'east', lat: 10, lon: 180 }),
        city({ id: 'west', lat: 10, lon: -180 }),
      ],
      [],
      [
        partnership({ id: 'p1', cityAId: 'osaka', cityBId: 'osaka-port' }),
        partnership({ id: 'p2', cityAId: 'east', cityBId: 'west' }),
        partnership({ id: 'p3', cityAId: 'osaka', cityBId: 'east' }),
      ],
    );
    const exported = exportGeoJson(buildNetwork(twins, DEFAULT_FILTERS), twins);
    const links = exported.features.filter((f) => f.geometry.type !== 'Point');
    expect(links.map((f) => f.properties.id)).toEqual(['partnership:east~osaka']);
    expect(exported.omitted_links).toEqual([
      {
        id: 'partnership:osaka~osaka-port',
        kind: 'partnership',
        source: 'osaka',
        target: 'osaka-port',
        reason: 'same-place',
      },
      {
        id: 'partnership:east~west',
        kind: 'partnership',
        source: 'east',
        target: 'west',
        reason: 'same-place',
      },
    ]);
    const english = reportTranslator('en');
    expect(omittedLinksText(english, exported.omitted_links)).toBe(
      'Left out 2 links whose two cities are at the same point: osaka–osaka-port (partnership), east–west (partnership).',
    );
    expect(omittedLinksText(english, collection.omitted_links)).toBeNull();
  });
});
