/**
 * The header of a table of pairs: which columns hold each end's name, country, coordinates and
 * local name (`city1`/`lat_2`, or prefixes such as `origin`/`destination`).
 */
import { normaliseHeader } from './columns';

/** What each end of a pair says about its place; `name`, `lat` and `lon` are needed. */
export const END_FIELDS = ['name', 'localName', 'country', 'lat', 'lon'] as const;
export type EndField = (typeof END_FIELDS)[number];

/** The headers each field is written as, without spaces, `_` or `-`, in lower case. */
const FIELD_WORDS: Record<EndField, readonly string[]> = {
  name: ['city', 'name', 'cityname', 'place', 'placename', 'town'],
  localName: ['localname', 'local', 'nativename'],
  country: ['country', 'countrycode', 'countryname', 'iso2', 'iso', 'nation'],
  lat: ['lat', 'latitude', 'y'],
  lon: ['lon', 'lng', 'long', 'longitude', 'x'],
};

/** Prefixes naming the two ends, in the order they are tried: `origin_lat`, `from_lon` … */
const END_PREFIXES: readonly (readonly [string, string])[] = [
  ['origin', 'destination'],
  ['orig', 'dest'],
  ['from', 'to'],
  ['source', 'target'],
];

/** The column (index into the header) of each field of one end. */
export type EndColumns = Partial<Record<EndField, number>>;

/** Where a pair table keeps each end's fields: `ends[0]` is the first place, `ends[1]` the other. */
export interface PairHeader {
  ends: readonly [EndColumns, EndColumns];
}

const compact = (header: string) => normaliseHeader(header).replace(/_/g, '');

function fieldOf(word: string): EndField | undefined {
  return END_FIELDS.find((field) => FIELD_WORDS[field].includes(word));
}

const isComplete = (end: EndColumns) =>
  end.name !== undefined && end.lat !== undefined && end.lon !== undefined;

/**
 * The ends of a pair table with these headers (case, spaces, `_` and `-` ignored), or null when
 * the header does not give both ends a name and coordinates. Of the ways of naming the ends
 * (`city1`/`lat_2`, or a prefix such as `origin`/`destination`), the one placing most columns wins.
 */
export function pairHeader(headers: readonly string[]): PairHeader | null {
  const words = headers.map(compact);
  const styles: ((word: string) => [0 | 1, EndField] | undefined)[] = [
    // `city1`, `lat_2`, `Country 1`.
    (word) => {
      const match = /^(.*?)([12])$/.exec(word);
      const field = match && fieldOf(match[1]!);
      return field ? [match[2] === '1' ? 0 : 1, field] : undefined;
    },
    ...END_PREFIXES.map(([first, second]) => (word: string) => {
      for (const [end, prefix] of [first, second].entries()) {
        if (!word.startsWith(prefix)) continue;
        const rest = word.slice(prefix.length);
        // The prefix alone (`origin`, `from`) names the place.
        const field = rest === '' ? 'name' : fieldOf(rest);
        if (field) return [end as 0 | 1, field] as [0 | 1, EndField];
      }
      return undefined;
    }),
  ];
  let best: PairHeader | null = null;
  let bestPlaced = 0;
  for (const style of styles) {
    const ends: [EndColumns, EndColumns] = [{}, {}];
    let placed = 0;
    words.forEach((word, index) => {
      const found = style(word);
      if (!found) return;
      const [end, field] = found;
      // The first column wins; a repeat is left to the other columns.
      if (ends[end][field] !== undefined) return;
      ends[end][field] = index;
      placed++;
    });
    if (isComplete(ends[0]) && isComplete(ends[1]) && placed > bestPlaced) {
      best = { ends };
      bestPlaced = placed;
    }
  }
  return best;
}
