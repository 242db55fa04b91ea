/**
 * The `country` cell of cities.csv, read against the city's coordinates: a country written in
 * any common way is taken as written (with a warning when the coordinates lie in another
 * country); an empty or unknown one is taken from the coordinates, so the city is kept.
 */
import { resolveCountry } from '../domain/countries';
import { COASTAL_TOLERANCE_KM, type CountryLocator } from '../domain/countryLocator';
import type { ColumnHead, ReadContext } from './column';
import type { RowReader } from './rowReader';

/** The row's coordinates when both cells are numbers in range (the lat and lon columns report otherwise). */
function pointOf(row: RowReader): { lon: number; lat: number } | null {
  const lat = row.peekDecimal('lat');
  const lon = row.peekDecimal('lon');
  if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lon, lat };
}

/**
 * Reads the country cell; undefined (with an error) when neither the cell nor the coordinates
 * say. Without a locator in the context (the bundled data, checked in CI), the coordinates are
 * not consulted: a country must then be written in one of the known ways.
 */
export function readCountry(
  row: RowReader,
  column: ColumnHead,
  _record: unknown,
  { countryAt: locator }: Pick<ReadContext, 'countryAt'>,
): string | undefined {
  const written = row.text(column.name);
  const point = locator ? pointOf(row) : null;
  const resolved = written === '' ? null : resolveCountry(written);
  if (resolved) {
    if (point && locator) checkCoordinates(row, column, written, resolved.code, point, locator);
    return resolved.code;
  }
  const inferred =
    point && locator
      ? locator.nearestCountryWithin(point.lon, point.lat, COASTAL_TOLERANCE_KM)
      : null;
  if (!inferred) {
    if (written === '') row.error(column.name, written, 'required');
    else row.error(column.name, written, 'unknown-country');
    return undefined;
  }
  // Without the column the file says so once (`countries-from-coordinates`), not on every row.
  if (row.hasColumn(column.name)) {
    row.warn(column.name, written, 'country-inferred', { country: inferred });
  }
  return inferred;
}

/**
 * Warns when the coordinates lie in another country than the one written, beyond the coastal
 * tolerance; says when swapping lat and lon would put the city in the written country.
 */
function checkCoordinates(
  row: RowReader,
  column: ColumnHead,
  written: string,
  code: string,
  { lon, lat }: { lon: number; lat: number },
  locator: CountryLocator,
): void {
  const found = locator.countryAt(lon, lat);
  // At sea, or in a country the atlas cannot draw (tiny states), there is nothing to contradict.
  if (found === null || found === code || !locator.hasShape(code)) return;
  if (locator.isNearCountry(code, lon, lat, COASTAL_TOLERANCE_KM)) return;
  const swapped =
    Math.abs(lon) <= 90 && locator.isNearCountry(code, lat, lon, COASTAL_TOLERANCE_KM);
  row.warn(column.name, written, 'country-contradicts-coordinates', {
    country: code,
    found,
    swapped,
  });
}
