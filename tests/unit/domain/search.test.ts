import { describe, expect, it } from 'vitest';
import { foldForSearch, searchCities } from '../../../src/domain/search';
import { loadBundled } from '../../support/bundled';

const cities = loadBundled().dataset.cities;

describe('city search', () => {
  it('ignores case and diacritics: "can tho" and "cần" find Can Tho', () => {
    expect(foldForSearch('Cần Thơ')).toBe('can tho');
    expect(foldForSearch('Đà Nẵng')).toBe('da nang');
    expect(searchCities(cities, 'can tho').map((c) => c.id)).toEqual(['can-tho']);
    expect(searchCities(cities, 'CẦN').map((c) => c.id)).toContain('can-tho');
  });

  it('finds a city by its local name, and lists names that start with the query first', () => {
    expect(searchCities(cities, '大阪').map((c) => c.id)).toEqual(['osaka']);
    const results = searchCities(cities, 'ba').map((c) => c.name);
    expect(results.slice(0, 3)).toEqual(['Bali Province', 'Balikpapan', 'Bandung']);
  });

  it('finds nothing for an empty query, and caps the list', () => {
    expect(searchCities(cities, '  ')).toEqual([]);
    expect(searchCities(cities, 'a', 5)).toHaveLength(5);
  });
});
