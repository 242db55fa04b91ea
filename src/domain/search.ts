/** Finding cities by name as people type them: any case, with or without diacritics. */
import type { City } from './types';

/** `Cần Thơ` → `can tho`: lower case, diacritics and Vietnamese đ folded, spaces collapsed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Cities whose name or local name contains `query` (folded), those starting with it first,
 * at most `limit` of them.
 */
export function searchCities(cities: readonly City[], query: string, limit = 8): City[] {
  const wanted = foldForSearch(query);
  if (!wanted) return [];
  const scored: { city: City; rank: number }[] = [];
  for (const city of cities) {
    const names = [foldForSearch(city.name), foldForSearch(city.localName)];
    if (names.some((name) => name.startsWith(wanted))) scored.push({ city, rank: 0 });
    else if (names.some((name) => name.includes(wanted))) scored.push({ city, rank: 1 });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.city.name.localeCompare(b.city.name))
    .slice(0, limit)
    .map((entry) => entry.city);
}
