/**
 * What the loader asks of a map of countries. The real one (`ATLAS_LOCATOR` in `countryAt.ts`)
 * carries Natural Earth's shapes (about 240 kB gzipped), so it is handed to the loader by those
 * who load user data (the load worker, the CLIs) rather than imported by it: the app's main
 * bundle, which loads only the bundled data, stays without it.
 */
export interface CountryLocator {
  /** ISO alpha-2 code of the country whose shape holds the point; null at sea or off the map. */
  countryAt(lon: number, lat: number): string | null;
  /** The country at the point, or else the nearest one within `km`; null when none is that close. */
  nearestCountryWithin(lon: number, lat: number, km: number): string | null;
  /** The country at the point (0 km), or else the nearest one within `km` and its distance in km. */
  nearestCountry(lon: number, lat: number, km: number): { code: string; km: number } | null;
  /** True when the map has a shape for the country (tiny states and some territories it lacks). */
  hasShape(code: string): boolean;
  /** True when the point lies in the country's shape or within `km` of it. */
  isNearCountry(code: string, lon: number, lat: number, km: number): boolean;
}

/**
 * How far off a country's shape a point may lie and still count as in it (km): a port city's
 * coordinates often fall in the sea, and the 1:50m coast and borders are off by a few km.
 */
export const COASTAL_TOLERANCE_KM = 25;

/** How far off every country a city whose country is written is still told the nearest one (km). */
export const NEAREST_HINT_KM = 1000;

/**
 * How far off every country a city with an empty or unknown country is still kept, with the
 * nearest country and a warning (km); farther, nothing says which country it is in.
 */
export const NEAREST_KEEP_KM = 300;
