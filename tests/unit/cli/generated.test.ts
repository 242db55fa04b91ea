import { describe, expect, it } from 'vitest';
import { generatedDataset } from '../../../src/cli/generated';
import { ATLAS_LOCATOR } from '../../../src/domain/countryAt';
import { COASTAL_TOLERANCE_KM } from '../../../src/domain/countryLocator';
import { exportCsv } from '../../../src/io/export';
import { loadDataset } from '../../../src/io/load';

const sizes = { cities: 400, workshops: 60, partnerships: 900, seed: 7 };

describe('the generated dataset', () => {
  it('is the same for the same seed, with the sizes asked for', () => {
    const a = generatedDataset(sizes);
    const b = generatedDataset(sizes);
    expect(exportCsv(a)).toEqual(exportCsv(b));
    expect([a.cities.length, a.workshops.length, a.partnerships.length]).toEqual([400, 60, 900]);
    expect(exportCsv(generatedDataset({ ...sizes, seed: 8 }))).not.toEqual(exportCsv(a));
  });

  it('draws a place again when it falls outside its country, else puts it at its centre', () => {
    // A stand-in map on which Japan is only east of 139°E: places around Tokyo, Sendai and
    // Sapporo find room there; those around Osaka or Fukuoka end up on their centre.
    const inCountry = (lon: number, _lat: number, country: string) =>
      country !== 'JP' || lon >= 139;
    const japanese = generatedDataset({ ...sizes, inCountry }).cities.filter(
      (city) => city.country === 'JP',
    );
    const west = japanese.filter((city) => city.lon < 139);
    expect(japanese.length - west.length).toBeGreaterThan(0);
    expect(west.length).toBeGreaterThan(0);
    const centres = new Set(['135.5,34.69', '136.91,35.18', '130.88,33.88', '130.4,33.59']);
    for (const [lon, lat] of [
      [132.46, 34.39],
      [137.21, 36.7],
      [130.56, 31.6],
    ])
      centres.add(`${lon},${lat}`);
    for (const city of west) expect(centres).toContain(`${city.lon},${city.lat}`);
  });

  it('with the map of countries, loads without a single country questioned', () => {
    const inCountry = (lon: number, lat: number, country: string) =>
      ATLAS_LOCATOR.isNearCountry(country, lon, lat, COASTAL_TOLERANCE_KM);
    const texts = exportCsv(generatedDataset({ ...sizes, inCountry }));
    const load = loadDataset(texts, { countryAt: ATLAS_LOCATOR });
    expect(load.dataset.cities).toHaveLength(400);
    expect(load.issues.filter((issue) => issue.file === 'cities.csv')).toEqual([]);
  });
});
