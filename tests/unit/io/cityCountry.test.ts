/** cities.csv's country cell read against the coordinates: nothing is lost to how it is written. */
import { describe, expect, it } from 'vitest';
import { ATLAS_LOCATOR } from '../../../src/domain/countryAt';
import type { DatasetTexts } from '../../../src/io/load';
import { csv, loadDataset } from './helpers';

/** A load as the worker and the CLIs run it: with the map of countries. */
const loadWithAtlas = (texts: DatasetTexts) => loadDataset(texts, { countryAt: ATLAS_LOCATOR });

const PARTNERSHIPS = csv('city_a_id,city_b_id', 'osaka,chisinau', 'osaka,glasgow');

describe('country cells as people write them', () => {
  it('reads names, UK nations and "Region, Country" without a warning', () => {
    const { dataset, issues } = loadWithAtlas({
      cities: csv(
        'id,name,country,lat,lon',
        'chisinau,Chișinău,Moldova,47.0105,28.8638',
        'glasgow,Glasgow,Scotland,55.8642,-4.2518',
        'london,London,"England, United Kingdom",51.5072,-0.1276',
        'munich,Munich,"Bavaria, Germany",48.1351,11.582',
        'osaka,Osaka,日本,34.6938,135.5011',
      ),
    });
    expect(issues).toEqual([]);
    expect(dataset.cities.map((city) => city.country)).toEqual(['MD', 'GB', 'GB', 'DE', 'JP']);
  });

  it("keeps the UK nation the country cell names as the city's region, unless a region is written", () => {
    const { dataset, issues } = loadWithAtlas({
      cities: csv(
        'id,name,country,state,lat,lon',
        'glasgow,Glasgow,Scotland,,55.8642,-4.2518',
        'london,London,"London, England, United Kingdom",,51.5072,-0.1276',
        'cardiff,Cardiff,Wales,Cardiff County,51.4816,-3.1791',
        'belfast,Belfast,UK,,54.5973,-5.9301',
        'osaka,Osaka,Japan,Osaka,34.6938,135.5011',
        'lyon,Lyon,France,,45.764,4.8357',
      ),
    });
    expect(issues).toEqual([]);
    expect(dataset.cities.map(({ country, region }) => [country, region])).toEqual([
      ['GB', 'Scotland'],
      ['GB', 'England'],
      ['GB', 'Cardiff County'],
      ['GB', ''],
      ['JP', 'Osaka'],
      ['FR', ''],
    ]);
  });

  it('gives an empty region without a region column, and the nation in a table of pairs', () => {
    const { dataset } = loadDataset({
      cities: csv('id,name,country,lat,lon', 'edinburgh,Edinburgh,Scotland,55.9533,-3.1883'),
      pairs: csv(
        'city1,country1,lat1,lon1,city2,country2,lat2,lon2',
        'Cardiff,Wales,51.4816,-3.1791,Nantes,France,47.2184,-1.5536',
      ),
    });
    expect(dataset.cities.map(({ id, region }) => [id, region])).toEqual([
      ['edinburgh', 'Scotland'],
      ['cardiff-gb', 'Wales'],
      ['nantes-fr', ''],
    ]);
  });
});

describe('a country taken from the coordinates', () => {
  it('keeps a city with an unknown country, names the inferred one, and keeps its partnerships', () => {
    const { dataset, issues, files } = loadWithAtlas({
      cities: csv(
        'id,name,country,lat,lon',
        'osaka,Osaka,Nippon-koku,34.6938,135.5011',
        'chisinau,Chisinau,Moldavia SSR,47.0105,28.8638',
        'glasgow,Glasgow,,55.8642,-4.2518',
      ),
      partnerships: PARTNERSHIPS,
    });
    expect(files.cities).toEqual({ rows: 3, accepted: 3, rejected: 0 });
    expect(dataset.cities.map((city) => city.country)).toEqual(['JP', 'MD', 'GB']);
    expect(dataset.partnerships).toHaveLength(2);
    expect(
      issues.map(({ row, column, value, severity, code, params }) => ({
        row,
        column,
        value,
        severity,
        code,
        params,
      })),
    ).toEqual([
      {
        row: 2,
        column: 'country',
        value: 'Nippon-koku',
        severity: 'warning',
        code: 'country-inferred',
        params: { country: 'JP' },
      },
      {
        row: 3,
        column: 'country',
        value: 'Moldavia SSR',
        severity: 'warning',
        code: 'country-inferred',
        params: { country: 'MD' },
      },
      {
        row: 4,
        column: 'country',
        value: '',
        severity: 'warning',
        code: 'country-inferred',
        params: { country: 'GB' },
      },
    ]);
    expect(issues[0]?.message).toContain('JP');
    expect(issues[0]?.message).toContain('Nippon-koku');
  });

  it('takes a port city just offshore to the nearest country', () => {
    const { dataset, issues } = loadWithAtlas({
      cities: csv('id,name,country,lat,lon', 'yokohama-bay,Yokohama,?,35.42,139.75'),
    });
    expect(dataset.cities[0]?.country).toBe('JP');
    expect(issues.map((issue) => issue.code)).toEqual(['country-inferred']);
  });

  it('says once that a file without a country column takes every country from coordinates', () => {
    const { dataset, issues } = loadWithAtlas({
      cities: csv('id,name,lat,lon', 'osaka,Osaka,34.6938,135.5011', 'paris,Paris,48.8566,2.3522'),
    });
    expect(dataset.cities.map((city) => city.country)).toEqual(['JP', 'FR']);
    expect(
      issues.map(({ row, column, severity, code }) => ({ row, column, severity, code })),
    ).toEqual([
      { row: 1, column: 'country', severity: 'warning', code: 'countries-from-coordinates' },
    ]);
  });

  it('rejects a row only when the coordinates lie in no country either', () => {
    const { dataset, issues } = loadWithAtlas({
      cities: csv(
        'id,name,country,lat,lon',
        'atlantis,Atlantis,Atlantis,0,-150',
        'nowhere,Nowhere,,0,-150',
      ),
    });
    expect(dataset.cities).toEqual([]);
    expect(
      issues.map(({ row, value, severity, code }) => ({ row, value, severity, code })),
    ).toEqual([
      { row: 2, value: 'Atlantis', severity: 'error', code: 'unknown-country' },
      { row: 3, value: '', severity: 'error', code: 'required' },
    ]);
  });
});

describe('coordinates that contradict the country', () => {
  it('warns with both countries and keeps the city', () => {
    const { dataset, issues } = loadWithAtlas({
      cities: csv('id,name,country,lat,lon', 'osaka,Osaka,France,34.6938,135.5011'),
    });
    expect(dataset.cities[0]?.country).toBe('FR');
    expect(
      issues.map(({ value, severity, code, params }) => ({ value, severity, code, params })),
    ).toEqual([
      {
        value: 'France',
        severity: 'warning',
        code: 'country-contradicts-coordinates',
        params: { country: 'FR', found: 'JP', swapped: false },
      },
    ]);
    expect(issues[0]?.message).not.toContain('swapped');
  });

  it('hints at swapped lat and lon when swapping them lands in the written country', () => {
    // Mopti, Mali is at 14.49 N, 4.19 W; written the other way round it lies in the Congo.
    const { issues } = loadWithAtlas({
      cities: csv('id,name,country,lat,lon', 'mopti,Mopti,Mali,-4.19,14.49'),
    });
    expect(issues.map(({ code, params }) => ({ code, params }))).toEqual([
      {
        code: 'country-contradicts-coordinates',
        params: { country: 'ML', found: 'CG', swapped: true },
      },
    ]);
    expect(issues[0]?.message).toContain('lat and lon may be swapped');
  });

  it('allows a border city or a coast within the tolerance', () => {
    const { issues } = loadWithAtlas({
      cities: csv(
        'id,name,country,lat,lon',
        // Geneva is in Switzerland but within a few km of France.
        'geneva,Geneva,FR,46.2044,6.1432',
        'yokohama-bay,Yokohama,JP,35.42,139.75',
      ),
    });
    expect(issues).toEqual([]);
  });
});

describe('coordinates at sea', () => {
  it('questions a city with a known country whose coordinates lie far out at sea', () => {
    // Paris is at 48.85 N, 2.35 E: with both signs flipped or lat and lon mixed up, it is at sea.
    const { dataset, issues } = loadWithAtlas({
      cities: csv(
        'id,name,country,lat,lon',
        'paris,Paris,FR,-48.85,2.35',
        'paris-2,Paris,FR,2.35,-48.85',
      ),
    });
    expect(dataset.cities.map((city) => [city.id, city.country])).toEqual([
      ['paris', 'FR'],
      ['paris-2', 'FR'],
    ]);
    const found = issues.map(({ row, value, severity, code, params }) => ({
      row,
      value,
      severity,
      code,
      params,
    }));
    // The South Atlantic point is over 1,000 km from any land the atlas draws.
    expect(found[0]).toEqual({
      row: 2,
      value: 'FR',
      severity: 'warning',
      code: 'coordinates-at-sea',
      params: { country: 'FR', lat: -48.85, lon: 2.35, nearest: '', km: 0, swapped: false },
    });
    expect(issues[0]?.message).toContain('(-48.85, 2.35)');
    expect(issues[0]?.message).toContain('No country lies within 1,000 km');
    // 2.35 N, 48.85 W lies off the mouth of the Amazon, some 145 km from Brazil's coast.
    expect(found[1]).toMatchObject({ row: 3, code: 'coordinates-at-sea' });
    const params = issues[1]?.params as { nearest: string; km: number };
    expect(params.nearest).toBe('BR');
    // A distance in kilometres, from the map of countries: no clock is involved.
    expect(params.km).toBeGreaterThan(120);
    expect(params.km).toBeLessThan(170);
    expect(issues[1]?.message).toMatch(/nearest country is BR, 1\d\d km away/);
  });

  it('keeps a city of unknown country off a coast with the nearest country, and says how far', () => {
    // 38.7 N, 10.1 W: about 50 km west of Cabo da Roca, Portugal.
    const { dataset, issues } = loadWithAtlas({
      cities: csv('id,name,country,lat,lon', 'atlantis,Atlantis,Atlantis,38.7,-10.1'),
      partnerships: csv('city_a_id,city_b_id', 'atlantis,atlantis-2'),
    });
    expect(dataset.cities.map((city) => [city.id, city.country])).toEqual([['atlantis', 'PT']]);
    const atSea = issues.find((issue) => issue.code === 'country-inferred-nearest');
    expect(atSea).toMatchObject({
      row: 2,
      column: 'country',
      value: 'Atlantis',
      severity: 'warning',
    });
    const params = atSea?.params as { country: string; km: number };
    expect(params.country).toBe('PT');
    // Kilometres off the coast of Portugal, not milliseconds.
    expect(params.km).toBeGreaterThan(35);
    expect(params.km).toBeLessThan(65);
    expect(atSea?.message).toContain('km off PT');
  });

  it('still rejects a city of unknown country in mid-Pacific, far from every country', () => {
    const { dataset, issues } = loadWithAtlas({
      cities: csv('id,name,country,lat,lon', 'atlantis,Atlantis,Atlantis,0,-150'),
    });
    expect(dataset.cities).toEqual([]);
    expect(issues.map(({ code, severity }) => ({ code, severity }))).toEqual([
      { code: 'unknown-country', severity: 'error' },
    ]);
  });
});

describe('without the map of countries (the bundled data, loaded on the main thread)', () => {
  it('rejects an unknown or empty country as before, and checks no coordinates', () => {
    const { dataset, issues } = loadDataset({
      cities: csv(
        'id,name,country,lat,lon',
        'osaka,Osaka,Nippon-koku,34.6938,135.5011',
        'glasgow,Glasgow,,55.8642,-4.2518',
        'lyon,Lyon,France,34.6938,135.5011',
        'chisinau,Chișinău,Moldova,47.0105,28.8638',
      ),
    });
    expect(dataset.cities.map((city) => [city.id, city.country])).toEqual([
      ['lyon', 'FR'],
      ['chisinau', 'MD'],
    ]);
    expect(
      issues.map(({ row, value, severity, code }) => ({ row, value, severity, code })),
    ).toEqual([
      { row: 2, value: 'Nippon-koku', severity: 'error', code: 'unknown-country' },
      { row: 3, value: '', severity: 'error', code: 'required' },
    ]);
  });
});
