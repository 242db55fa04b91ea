/**
 * The `country` cell of cities.csv, read against the city's coordinates: a country written in
 * any common way is taken as written (with a warning when the coordinates lie in another
 * country); an empty or unknown one is taken from the coordinates, so the city is kept.
 */
import {
  COASTAL_TOLERANCE_KM,
  NEAREST_HINT_KM,
  NEAREST_KEEP_KM,
  type CountryLocator,
} from '../domain/countryLocator';
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
  const resolved = written === '' ? null : row.country(written);
  if (resolved) {
    if (point && locator) checkCoordinates(row, column, written, resolved.code, point, locator);
    return resolved.code;
  }
  const inferred =
    point && locator ? locator.nearestCountry(point.lon, point.lat, NEAREST_KEEP_KM) : null;
  if (!inferred) {
    // Without the column and without usable coordinates, the lat and lon columns say why.
    if (written === '' && locator && !point && !row.hasColumn(column.name)) return undefined;
    if (written === '') row.error(column.name, written, 'required');
    else row.error(column.name, written, 'unknown-country');
    return undefined;
  }
  if (point && inferred.km > COASTAL_TOLERANCE_KM) {
    // Offshore: the city is kept, but the country is a guess, so every such row says so.
    row.warn(column.name, written, 'country-inferred-nearest', {
      country: inferred.code,
      lat: point.lat,
      lon: point.lon,
      km: Math.round(inferred.km),
    });
  } else if (row.hasColumn(column.name)) {
    // Without the column the file says so once (`countries-from-coordinates`), not on every row.
    row.warn(column.name, written, 'country-inferred', { country: inferred.code });
  }
  return inferred.code;
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
  if (found === code) return;
  // A country the atlas cannot draw (tiny states) can neither be confirmed nor contradicted.
  if (!locator.hasShape(code)) return;
  if (locator.isNearCountry(code, lon, lat, COASTAL_TOLERANCE_KM)) return;
  const swapped =
    Math.abs(lon) <= 90 && locator.isNearCountry(code, lat, lon, COASTAL_TOLERANCE_KM);
  // Measured only for the few points in no country and not by the one written.
  const nearest = found === null ? locator.nearestCountry(lon, lat, NEAREST_HINT_KM) : null;
  if (found === null && (nearest === null || nearest.km > COASTAL_TOLERANCE_KM)) {
    row.warn(column.name, written, 'coordinates-at-sea', {
      country: code,
      lat,
      lon,
      nearest: nearest?.code ?? '',
      km: nearest ? Math.round(nearest.km) : 0,
      swapped,
    });
    return;
  }
  row.warn(column.name, written, 'country-contradicts-coordinates', {
    country: code,
    found: found ?? nearest?.code ?? '',
    swapped,
  });
}

/**
 * Reads the region cell; when it is empty, the UK nation the country cell names (`Scotland`,
 * `England, United Kingdom`), which the country column keeps as the code `GB` alone.
 */
export function readRegion(row: RowReader, column: ColumnHead): string {
  const written = row.text(column.name);
  if (written !== '') return written;
  const country = row.text('country');
  return country === '' ? '' : (row.country(country)?.region ?? '');
}
