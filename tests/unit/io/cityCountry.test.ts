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

  it('allows a border city or a coast within the tolerance, and a point at sea', () => {
    const { issues } = loadWithAtlas({
      cities: csv(
        'id,name,country,lat,lon',
        // Geneva is in Switzerland but within a few km of France.
        'geneva,Geneva,FR,46.2044,6.1432',
        'yokohama-bay,Yokohama,JP,35.42,139.75',
        'gulf,Gulf of Guinea,JP,1,2',
      ),
    });
    expect(issues).toEqual([]);
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
