/** Blank-but-for-one-row CSV files a user can fill in, so their data starts in the contract's shape. */
import { COLUMNS } from './columns';
import { csvText, type CsvFiles } from './export';
import type { DataFile } from './issues';

/** One example row per file, by contract column: the examples of data/README.md. */
const EXAMPLES: Record<DataFile, ReadonlyMap<string, string>> = {
  cities: new Map(
    Object.entries({
      id: 'osaka',
      name: 'Osaka',
      local_name: '大阪市',
      country: 'JP',
      lat: '34.6938',
      lon: '135.5011',
      kind: 'city',
      source: 'GeoNames',
    }),
  ),
  workshops: new Map(
    Object.entries({
      id: 'ws-2017-11-osaka',
      title: 'Pilot Training Workshop',
      themes: 'low-carbon;climate-policy',
      start_date: '2017-11-27',
      end_date: '2017-12-01',
      host_city_ids: 'osaka;amagasaki',
      participant_city_ids: 'bandung;quezon-city;can-tho;ho-chi-minh-city',
      resource_city_ids: 'toyama;toyota',
      participants: '7',
      organisers: 'MOEJ;IGES',
      funder: 'MOEJ',
      programme: 'MOEJ City-to-City Collaboration',
      url: 'https://www.iges.or.jp/en/sustainable-city/20171127.html',
      source: 'IGES event page',
    }),
  ),
  partnerships: new Map(
    Object.entries({
      id: 'p-kitakyushu-surabaya',
      city_a_id: 'kitakyushu',
      city_b_id: 'surabaya',
      themes: 'waste;low-carbon',
      start_year: '2004',
      type: 'green-sister-city',
      status: 'active',
      programme: 'MOEJ City-to-City Collaboration',
      funder: 'MOEJ',
      description: 'Waste (composting) project from 2004.',
      source: 'iges.or.jp/en/maf/201306.html',
    }),
  ),
};

function template(file: DataFile): string {
  const columns = COLUMNS[file].map((spec) => spec.name);
  return csvText(columns, [columns.map((column) => EXAMPLES[file].get(column) ?? '')]);
}

/**
 * Each file's contract header, in contract order, and one example row. The workshop and
 * partnership examples name cities of the bundled cities.csv, not only the template's Osaka.
 */
export function templateCsv(): CsvFiles {
  return {
    cities: template('cities'),
    workshops: template('workshops'),
    partnerships: template('partnerships'),
  };
}
