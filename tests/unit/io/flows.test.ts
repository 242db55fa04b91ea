/** Locations + flows CSV: flowmap.blue's columns, read back by papaparse and by the app itself. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/domain/dataset';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { buildNetwork } from '../../../src/domain/network';
import { exportFlows } from '../../../src/io/flows';
import { loadDataset } from '../../../src/io/load';
import { loadBundled } from '../../support/bundled';
import { makeCity, makePartnership } from '../../support/records';

const bundled = loadBundled().dataset;
const whole = buildNetwork(bundled, DEFAULT_FILTERS);
const files = exportFlows(whole, bundled);

const table = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

describe('exportFlows of the bundled network', () => {
  const locations = table(files.locations);
  const flows = table(files.flows);

  it("writes locations.csv with flowmap.blue's columns, one row per city", () => {
    expect(locations.errors).toEqual([]);
    expect(locations.meta.fields).toEqual(['id', 'name', 'lat', 'lon']);
    expect(locations.data).toHaveLength(47);
    expect(locations.data.find((row) => row.id === 'osaka')).toEqual({
      id: 'osaka',
      name: 'Osaka',
      lat: '34.6938',
      lon: '135.5011',
    });
    expect(files.rows.locations).toBe(47);
  });

  it('writes flows.csv with origin, dest and count, the counts summing to the records behind the links', () => {
    expect(flows.errors).toEqual([]);
    expect(flows.meta.fields).toEqual(expect.arrayContaining(['origin', 'dest', 'count']));
    // 24 partnership, 48 workshop and 108 co-attendance links, each workshop link one way here.
    expect(flows.data).toHaveLength(180);
    expect(files.rows.flows).toBe(180);
    const total = flows.data.reduce((sum, row) => sum + Number(row.count), 0);
    expect(total).toBe(184);
    const ids = new Set(locations.data.map((row) => row.id));
    for (const row of flows.data) {
      expect(ids.has(row.origin!)).toBe(true);
      expect(ids.has(row.dest!)).toBe(true);
    }
  });

  it('points a workshop from its host to the participant, whatever the order of their ids', () => {
    // Kitakyushu hosted the 2017 and 2019 workshops Balikpapan attended.
    const row = flows.data.find(
      (flow) =>
        flow.kind === 'workshop' &&
        [flow.origin, flow.dest].includes('balikpapan') &&
        [flow.origin, flow.dest].includes('kitakyushu'),
    );
    expect(row).toMatchObject({
      origin: 'kitakyushu',
      dest: 'balikpapan',
      count: '2',
      origin_name: 'Kitakyushu',
      destination_name: 'Balikpapan',
      start_year: '2017',
      end_year: '2019',
    });
  });

  it('reads back into the app as a pair table: the same cities, one partnership per flow', () => {
    const back = loadDataset({ pairs: files.flows });
    expect(back.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(back.dataset.partnerships).toHaveLength(180);
    // Every city a flow names (43 of the 47: four have no link in the bundled data).
    const linked = new Set(flows.data.flatMap((row) => [row.origin, row.dest]));
    expect(linked.size).toBe(43);
    expect(back.dataset.cities).toHaveLength(43);
    const osaka = back.dataset.cities.find((city) => city.name === 'Osaka');
    expect(osaka).toMatchObject({
      localName: '大阪市',
      country: 'JP',
      lat: 34.6938,
      lon: 135.5011,
    });
    const network = buildNetwork(back.dataset, DEFAULT_FILTERS);
    expect(network.nodes).toHaveLength(43);
  });

  it("reads back each flow's first and last year, and warns of no column of its own", () => {
    const back = loadDataset({ pairs: files.flows });
    // The workshops Kitakyushu hosted for Balikpapan, in 2017 and 2019 (see above).
    const flow = back.dataset.partnerships.find(
      (partnership) =>
        partnership.extra.kind === 'workshop' &&
        partnership.extra.origin === 'kitakyushu' &&
        partnership.extra.dest === 'balikpapan',
    );
    expect(flow).toMatchObject({ startYear: 2017, endYear: 2019 });
    expect(back.issues.filter((issue) => issue.code === 'unknown-column')).toEqual([]);
  });
});

describe('exportFlows cells', () => {
  it('escapes text a spreadsheet would run as a formula, and keeps negative numbers as numbers', () => {
    const dataset = createDataset(
      [
        makeCity({
          id: '=cmd',
          name: '=HYPERLINK("http://x")',
          country: 'ID',
          lat: -6.9,
          lon: 107.6,
        }),
        makeCity({ id: 'b', name: '@SUM(1)', country: 'JP', lat: 35, lon: 139 }),
      ],
      [],
      [makePartnership({ id: 'p', cityAId: '=cmd', cityBId: 'b', themes: ['-1+1', 'water'] })],
    );
    const written = exportFlows(buildNetwork(dataset, DEFAULT_FILTERS), dataset);
    const locations = table(written.locations).data;
    expect(locations).toContainEqual({
      id: "'=cmd",
      name: '\'=HYPERLINK("http://x")',
      lat: '-6.9',
      lon: '107.6',
    });
    expect(locations).toContainEqual({ id: 'b', name: "'@SUM(1)", lat: '35', lon: '139' });
    const [flow] = table(written.flows).data;
    expect(flow).toMatchObject({
      origin: "'=cmd",
      origin_name: '\'=HYPERLINK("http://x")',
      origin_lat: '-6.9',
      dest: 'b',
      destination_name: "'@SUM(1)",
      themes: "'-1+1;water",
    });
  });
});
