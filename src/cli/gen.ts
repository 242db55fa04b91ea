/**
 * `npm run gen -- --cities N --workshops W --partnerships P --seed S <folder>`: writes a generated
 * dataset (see `generated.ts`) as the three CSV files, for trying the app at scale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ATLAS_LOCATOR } from '../domain/countryAt';
import { COASTAL_TOLERANCE_KM } from '../domain/countryLocator';
import { exportCsv } from '../io/export';
import { DATA_FILES, fileName } from '../io/issues';
import { generatedDataset } from './generated';

const USAGE =
  'Usage: npm run gen -- [--cities 10000] [--workshops 2000] [--partnerships 100000] [--seed 1] <folder>';

const { values, positionals } = parseArgs({
  options: {
    cities: { type: 'string', default: '10000' },
    workshops: { type: 'string', default: '2000' },
    partnerships: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
  },
  allowPositionals: true,
});
const sizes = {
  cities: Number(values.cities),
  workshops: Number(values.workshops),
  partnerships: Number(values.partnerships),
  seed: Number(values.seed),
};
const folder = positionals[0];
if (!folder || positionals.length > 1 || !Object.values(sizes).every(Number.isSafeInteger)) {
  console.error(USAGE);
  process.exit(2);
}
// Places on land, in their own country: the data tests the app at scale, not the loader's checks.
const inCountry = (lon: number, lat: number, country: string) =>
  ATLAS_LOCATOR.isNearCountry(country, lon, lat, COASTAL_TOLERANCE_KM);
const files = exportCsv(generatedDataset({ ...sizes, inCountry }));
mkdirSync(folder, { recursive: true });
for (const file of DATA_FILES) writeFileSync(join(folder, fileName(file)), files[file]);
console.log(
  `${folder}: ${sizes.cities} cities, ${sizes.workshops} workshops, ${sizes.partnerships} partnerships (seed ${sizes.seed}).`,
);
