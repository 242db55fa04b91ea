/** A dataset out as the contract's CSV files or as GeoJSON: pure text and values, no DOM. */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Dataset } from '../domain/dataset';
import { withDrafts, type Draft } from '../domain/drafts';
import type { EdgeKind } from '../domain/types';
import { samePlace, splitAtAntimeridian } from '../domain/geo';
import { edgeWeight, type Network } from '../domain/network';
import type { AnyColumnSpec, Cell } from './column';
import { SPECS, type RecordOf } from './columns';
import type { DataFile } from './issues';
import { escapeFormula } from './formula';

/** The three CSV texts of a dataset, by file. */
export type CsvFiles = Record<DataFile, string>;

// Quoting these keeps a cell one cell (RFC 4180). Quoting does not keep a cell one cell for a
// reader splitting on `;` or tab (a quote counts only at a cell's start), so `escapeFormula`,
// not quoting, is what guards the text after those.
const NEEDS_QUOTES = /[",\r\n]/;
// In the header, the other delimiters are quoted too: the reader guesses the delimiter from it.
const HEADER_NEEDS_QUOTES = /[",;\t|\r\n]/;

/**
 * A number as plain decimal digits: never exponent notation, which the loader rejects, and
 * `-0` kept as `-0` so that a round trip gives back the same value.
 */
export function plainNumber(value: number): string {
  if (Object.is(value, -0)) return '-0';
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', lead = '', fraction = '', exponent = '0'] = match;
  const digits = lead + fraction;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function quote(text: string, needsQuotes: RegExp): string {
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return plainNumber(cell);
  return quote(escapeFormula(cell), NEEDS_QUOTES);
}

/** CSV text: the header, then one line per row, `\n` line ends (as the bundled files use). */
export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map((name) => quote(escapeFormula(name), HEADER_NEEDS_QUOTES)).join(',')];
  for (const row of rows) lines.push(row.map(cellText).join(','));
  return `${lines.join('\n')}\n`;
}

/** One file: the contract's columns in contract order, then every extra column. */
function fileText<F extends DataFile>(file: F, records: readonly RecordOf[F][]): string {
  const columns = SPECS[file] as readonly AnyColumnSpec<RecordOf[F]>[];
  // Records of one loaded file share their extra columns; a union keeps those of hand-built ones.
  const extraNames = [...new Set(records.flatMap((record) => Object.keys(record.extra)))];
  const header = [...columns.map((column) => column.name), ...extraNames];
  const rows = records.map((record) => [
    ...columns.map((column) => column.write(record)),
    // hasOwn: a record without the column gets an empty cell, not `Object.prototype`.
    ...extraNames.map((name) => (Object.hasOwn(record.extra, name) ? record.extra[name]! : '')),
  ]);
  return csvText(header, rows);
}

/**
 * The dataset as the contract's three CSV files, which `loadDataset` reads back to the same
 * records. Lists are joined with `;`, unknown values are empty cells, text that a spreadsheet
 * would run as a formula starts with `'`.
 */
export function exportCsv(dataset: Dataset): CsvFiles {
  return {
    cities: fileText('cities', dataset.cities),
    workshops: fileText('workshops', dataset.workshops),
    partnerships: fileText('partnerships', dataset.partnerships),
  };
}

/**
 * Draft pairings as `partnerships.csv` text, which `loadDataset` reads back with the dataset's
 * cities as proposed partnerships: `status=proposed`, `type=draft`, the start year the year it
 * was drafted, a description saying it is a draft of the planner and when. The `id` is left
 * empty, so the loader names each row by its cities as it names any row without one, and a row
 * added to the data never shares its id with a draft still kept in the browser. Drafts whose
 * city the dataset lacks are left out (`withDrafts` lists them), as is a second draft of a pair.
 */
export function draftsCsv(drafts: readonly Draft[], dataset: Dataset): string {
  const added = withDrafts(dataset, drafts).dataset.partnerships.filter((p) => p.draft);
  const createdAt = new Map<string, string>();
  // The first draft of a pair is the one `withDrafts` keeps.
  for (const draft of drafts)
    if (!createdAt.has(draft.id)) createdAt.set(draft.id, draft.createdAt);
  return fileText(
    'partnerships',
    // The `draft` mark has no column: the rows are plain proposed partnerships.
    added.map((partnership) => ({
      ...partnership,
      id: '',
      description: `Draft pairing from the pairing planner, added ${draftDate(createdAt.get(partnership.id) ?? '')}.`,
    })),
  );
}

/** The day of an ISO date and time (`2025-03-01T09:00:00Z` → `2025-03-01`), else the text as it is. */
function draftDate(createdAt: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(createdAt)?.[0] ?? createdAt;
}

/** Properties of a city feature. */
export interface CityFeatureProperties {
  id: string;
  name: string;
  local_name: string;
  country: string;
  kind: string;
  links: number;
  partnerships: number;
  workshops: number;
}

/** Properties of a link feature; lists are joined with `;` so that GIS tools read them as text. */
export interface LinkFeatureProperties {
  id: string;
  kind: string;
  source: string;
  target: string;
  themes: string;
  years: string;
  year_unknown: boolean;
  partnership_ids: string;
  workshop_ids: string;
  weight: number;
}

/** A link left out of the GeoJSON: its two cities are at one point, so it has no length. */
export interface OmittedLink {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  reason: 'same-place';
}

/**
 * What `exportGeoJson` returns: the features, and the links left out of them in `omitted_links`
 * (a foreign member, RFC 7946 6.1), so that the file itself says why a link is missing.
 */
export type NetworkFeatureCollection = FeatureCollection<
  Point | LineString | MultiLineString,
  CityFeatureProperties | LinkFeatureProperties
> & { omitted_links: OmittedLink[] };

/**
 * A network as GeoJSON: each node a Point at `[lon, lat]`, each link a straight line between its
 * two cities, the short way round: a LineString, or a MultiLineString cut at ±180° when it crosses
 * the antimeridian (RFC 7946 3.1.9). A link whose cities are at one point has no line to draw: it
 * is left out, and listed in `omitted_links` (`omittedLinksText` in `src/i18n/issues.ts` words them).
 */
export function exportGeoJson(network: Network, dataset: Dataset): NetworkFeatureCollection {
  const cities: Feature<Point, CityFeatureProperties>[] = network.nodes.map((node) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [node.city.lon, node.city.lat] },
    properties: {
      id: node.id,
      name: node.city.name,
      local_name: node.city.localName,
      country: node.city.country,
      kind: node.city.kind,
      links: node.links,
      partnerships: node.partnerships,
      workshops: node.workshops,
    },
  }));
  const links: Feature<LineString | MultiLineString, LinkFeatureProperties>[] = [];
  const omitted: OmittedLink[] = [];
  for (const edge of network.edges) {
    const source = dataset.cityById.get(edge.source);
    const target = dataset.cityById.get(edge.target);
    // A network is built from its dataset, so both ends exist; a mismatched pair is skipped.
    if (!source || !target) continue;
    const from = [source.lon, source.lat];
    const to = [target.lon, target.lat];
    if (samePlace(from, to)) {
      const { id, kind } = edge;
      omitted.push({ id, kind, source: edge.source, target: edge.target, reason: 'same-place' });
      continue;
    }
    const parts = splitAtAntimeridian([from, to]);
    links.push({
      type: 'Feature',
      geometry:
        parts.length === 1
          ? { type: 'LineString', coordinates: parts[0]! }
          : { type: 'MultiLineString', coordinates: parts },
      properties: {
        id: edge.id,
        kind: edge.kind,
        source: edge.source,
        target: edge.target,
        themes: edge.themes.join(';'),
        years: edge.years.join(';'),
        year_unknown: edge.yearUnknown,
        partnership_ids: edge.partnerships.map((p) => p.id).join(';'),
        workshop_ids: edge.workshops.map((w) => w.id).join(';'),
        weight: edgeWeight(edge),
      },
    });
  }
  return { type: 'FeatureCollection', features: [...cities, ...links], omitted_links: omitted };
}
