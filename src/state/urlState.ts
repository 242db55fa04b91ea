/** The shareable part of the app's state, to and from the page URL. Pure: tested in Node. */
import { countryCode } from '../domain/countries';
import type { Dataset } from '../domain/dataset';
import { datasetFacets, type FacetValue } from '../domain/facets';
import { DEFAULT_FILTERS, type Filters } from '../domain/filters';
import { YEAR_LIMITS } from '../domain/dates';
import {
  EDGE_KINDS,
  PARTNERSHIP_STATUSES,
  type EdgeKind,
  type PartnershipStatus,
} from '../domain/types';
import { isLanguage, LANGUAGES, type Language } from './language';
import {
  CITY_COLOR_MODES,
  LINK_COLOR_MODES,
  SIZE_METRICS,
  TABLE_KINDS,
  VIEW_MODES,
  type Camera,
  type CityColorMode,
  type LinkColorMode,
  type RecordRef,
  type SizeMetric,
  type TableKind,
  type ViewMode,
} from './vocabulary';

/** Everything a shared link restores. */
export interface UrlState {
  filters: Filters;
  selectedCityId: string | null;
  /** The open workshop or partnership (`workshop=<id>`, `partnership=<id>`). */
  record: RecordRef | null;
  view: ViewMode;
  /** The table the table view shows (`table=workshops`). */
  table: TableKind;
  linkColorBy: LinkColorMode;
  /** What city size shows, in the map and the graph. */
  sizeBy: SizeMetric;
  cityColorBy: CityColorMode;
  camera: Camera | null;
  /** The language of the app's words (`lang=ja`). */
  language: Language;
}

/** The state of a URL without parameters. */
export const DEFAULT_URL_STATE: UrlState = {
  filters: DEFAULT_FILTERS,
  selectedCityId: null,
  record: null,
  view: 'map',
  table: 'cities',
  linkColorBy: 'kind',
  sizeBy: 'degree',
  cityColorBy: 'region',
  camera: null,
  language: 'en',
};

/** Parameters the app reads; `data` names the dataset and is read by the loader. */
const KNOWN = new Set([
  'data',
  'theme',
  'years',
  'unknown-years',
  'countries',
  'kinds',
  'status',
  'programme',
  'organiser',
  'funder',
  'isolated',
  'outside',
  'city',
  'workshop',
  'partnership',
  'view',
  'table',
  'colour',
  'size',
  'cities',
  'map',
  'lang',
  // Saved scenes (`state/scenes.ts`): read apart, never part of the state a link restores.
  'scene',
]);

/** Why a value of the URL was ignored; each has its sentence in the catalogue (`shell:notices`). */
export const NOTICE_REASONS = [
  'unknownSetting',
  'unknownTheme',
  'yearsFormat',
  'oneOf',
  'notCountry',
  'noCityInCountry',
  'unknownProgramme',
  'unknownOrganiser',
  'unknownFunder',
  'unknownCity',
  'unknownWorkshop',
  'unknownPartnership',
  'alreadyOpen',
  'cameraFormat',
] as const;
/** One of NOTICE_REASONS. */
export type NoticeReason = (typeof NOTICE_REASONS)[number];

/** A parameter value that was ignored, and why: data for the UI to word, not a sentence. */
export interface UrlNotice {
  /** The parameter's name as written (`theme`). */
  param: string;
  /** Its value as written. */
  value: string;
  reason: NoticeReason;
  /** The values to write instead, for `oneOf`; empty otherwise. */
  allowed: readonly string[];
}

/** The state a URL describes, and a notice for each parameter it had to ignore. */
export interface ParsedUrl {
  state: UrlState;
  notices: UrlNotice[];
}

/**
 * Reads `search` (`?theme=waste&years=2016-2019…`) against `dataset`. A value that is unknown
 * or malformed, or names a city, theme, country, programme, organiser or funder the data does
 * not have, is dropped with a notice, never applied; a list whose every value is dropped leaves
 * its filter as it is by default. The rest still applies. Without `lang` (or with one the app
 * does not speak) the language is `defaultLanguage`: the reader's own, not the link's.
 */
export function parseUrlState(
  search: string,
  dataset: Dataset,
  defaultLanguage: Language = DEFAULT_URL_STATE.language,
): ParsedUrl {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const ignore = (
    param: string,
    value: string,
    reason: NoticeReason,
    allowed: readonly string[] = [],
  ) => notices.push({ param, value, reason, allowed });
  const filters: Filters = { ...DEFAULT_FILTERS };
  const state: UrlState = { ...DEFAULT_URL_STATE, filters, language: defaultLanguage };
  const facets = datasetFacets(dataset);

  for (const name of new Set(params.keys())) {
    if (!KNOWN.has(name)) ignore(name, params.get(name) ?? '', 'unknownSetting');
  }

  /** The known values among `written`, in the data's spelling, each once; a notice for the rest. */
  const known = (
    name: string,
    written: readonly string[],
    canonical: (value: string) => string | undefined,
    reason: NoticeReason,
    allowed: readonly string[] = [],
  ): string[] => {
    const kept: string[] = [];
    for (const value of written) {
      const match = canonical(value);
      if (match === undefined) ignore(name, value, reason, allowed);
      else if (!kept.includes(match)) kept.push(match);
    }
    return kept;
  };

  filters.themes = known('theme', params.getAll('theme'), lookup(facets.themes), 'unknownTheme');

  const years = params.get('years');
  if (years !== null) {
    const match = /^(\d{4})(?:-(\d{4}))?$/.exec(years.trim());
    const from = Number(match?.[1]);
    const to = Number(match?.[2] ?? match?.[1]);
    if (!match || from > to || from < YEAR_LIMITS.min || to > YEAR_LIMITS.max) {
      ignore('years', years, 'yearsFormat');
    } else {
      filters.years = { from, to };
    }
  }

  /** True for `name=on`; false for `name=off` or none; anything else is ignored with a notice. */
  const flag = (name: string, off: string, on: string): boolean => {
    const value = params.get(name);
    if (value !== null && value !== on && value !== off) ignore(name, value, 'oneOf', [off, on]);
    return value === on;
  };
  if (flag('unknown-years', 'show', 'hide')) filters.unknownYears = false;

  const countries = listParam(params.get('countries'));
  if (countries) {
    const present = new Set(Object.values(facets.countries).flatMap((g) => g.map((c) => c.value)));
    for (const written of countries) {
      const code = countryCode(written);
      if (typeof code !== 'string') ignore('countries', written, 'notCountry');
      else if (!present.has(code)) ignore('countries', written, 'noCityInCountry');
      else if (!filters.countries.includes(code)) filters.countries = [...filters.countries, code];
    }
  }

  // An empty list (`kinds=`) is what unticking every box writes, and applies; a list of only
  // unknown values is dropped, so it cannot hide every link.
  const kinds = listParam(params.get('kinds'));
  if (kinds) {
    const kept = known('kinds', kinds, literal(EDGE_KINDS), 'oneOf', EDGE_KINDS);
    if (kept.length > 0 || kinds.length === 0) filters.edgeKinds = kept as EdgeKind[];
  }
  const statuses = listParam(params.get('status'));
  if (statuses) {
    const kept = known(
      'status',
      statuses,
      literal(PARTNERSHIP_STATUSES),
      'oneOf',
      PARTNERSHIP_STATUSES,
    );
    if (kept.length > 0 || statuses.length === 0) filters.statuses = kept as PartnershipStatus[];
  }

  filters.programmes = known(
    'programme',
    params.getAll('programme'),
    lookup(facets.programmes),
    'unknownProgramme',
  );
  filters.organisers = known(
    'organiser',
    params.getAll('organiser'),
    lookup(facets.organisers),
    'unknownOrganiser',
  );
  filters.funders = known(
    'funder',
    params.getAll('funder'),
    lookup(facets.funders),
    'unknownFunder',
  );

  filters.hideIsolated = flag('isolated', 'show', 'hide');
  filters.fadeOutside = flag('outside', 'hide', 'fade');

  const city = params.get('city');
  if (city !== null) {
    const match = findId(dataset.cityById.keys(), city);
    if (match !== undefined) state.selectedCityId = match;
    else ignore('city', city, 'unknownCity');
  }

  // One record is open at a time, and a record and a city are never open together: the first
  // of city, workshop, partnership that names something real wins; the others get a notice.
  const records = [
    ['workshop', dataset.workshopById, 'unknownWorkshop'],
    ['partnership', dataset.partnershipById, 'unknownPartnership'],
  ] as const;
  for (const [kind, byId, unknown] of records) {
    for (const written of params.getAll(kind)) {
      // Ids are found as city ids are: in any case, around spaces.
      const id = byId.has(written) ? written : findId(byId.keys(), written);
      if (id === undefined) ignore(kind, written, unknown);
      else if (state.selectedCityId !== null || state.record !== null)
        ignore(kind, written, 'alreadyOpen');
      else state.record = { kind, id };
    }
  }

  const table = params.get('table');
  if (table !== null) {
    if ((TABLE_KINDS as readonly string[]).includes(table)) state.table = table as TableKind;
    else ignore('table', table, 'oneOf', TABLE_KINDS);
  }

  const view = params.get('view');
  if (view !== null) {
    if ((VIEW_MODES as readonly string[]).includes(view)) state.view = view as ViewMode;
    else ignore('view', view, 'oneOf', VIEW_MODES);
  }

  const colour = params.get('colour');
  if (colour !== null) {
    if ((LINK_COLOR_MODES as readonly string[]).includes(colour))
      state.linkColorBy = colour as LinkColorMode;
    else ignore('colour', colour, 'oneOf', LINK_COLOR_MODES);
  }

  const size = params.get('size');
  if (size !== null) {
    if ((SIZE_METRICS as readonly string[]).includes(size)) state.sizeBy = size as SizeMetric;
    else ignore('size', size, 'oneOf', SIZE_METRICS);
  }

  const cities = params.get('cities');
  if (cities !== null) {
    if ((CITY_COLOR_MODES as readonly string[]).includes(cities))
      state.cityColorBy = cities as CityColorMode;
    else ignore('cities', cities, 'oneOf', CITY_COLOR_MODES);
  }

  const map = params.get('map');
  if (map !== null) {
    const [lon, lat, zoom] = map.split(',').map(Number);
    const valid =
      map.split(',').length === 3 &&
      Math.abs(lon!) <= 180 &&
      Math.abs(lat!) <= 85 &&
      zoom! >= 0 &&
      zoom! <= 22 &&
      [lon, lat, zoom].every(Number.isFinite);
    if (valid) state.camera = { center: [lon!, lat!], zoom: zoom! };
    else ignore('map', map, 'cameraFormat');
  }

  const lang = params.get('lang');
  if (lang !== null) {
    if (isLanguage(lang)) state.language = lang;
    else ignore('lang', lang, 'oneOf', LANGUAGES);
  }
  return { state, notices };
}

/** The id among `ids` that `written` names, ignoring case and surrounding space. */
function findId(ids: Iterable<string>, written: string): string | undefined {
  const wanted = written.trim().toLowerCase();
  for (const id of ids) if (id.toLowerCase() === wanted) return id;
  return undefined;
}

function listParam(value: string | null): string[] | null {
  if (value === null) return null;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Finds a value among the data's, ignoring case and surrounding space; in the data's spelling. */
function lookup(values: readonly FacetValue[]): (written: string) => string | undefined {
  // A Map, not an object: the keys are text from the data and the address.
  const byKey = new Map(values.map(({ value }) => [value.trim().toLowerCase(), value]));
  return (written) => byKey.get(written.trim().toLowerCase());
}

/** Finds a value among a literal set, exactly. */
function literal(allowed: readonly string[]): (written: string) => string | undefined {
  return (written) => (allowed.includes(written) ? written : undefined);
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

/**
 * The query string for `state`, leaving defaults out so links stay short. `data` (the
 * dataset's address) is kept from `current` as it is. A language other than English is always
 * written, so that a copied link opens in the language it was copied in.
 */
export function serialiseUrlState(state: UrlState, current: string): string {
  const params = new URLSearchParams();
  const data = new URLSearchParams(current).get('data');
  if (data !== null) params.set('data', data);
  const { filters } = state;
  for (const theme of filters.themes) params.append('theme', theme);
  if (filters.years) {
    const { from, to } = filters.years;
    params.set('years', from === to ? String(from) : `${from}-${to}`);
  }
  if (!filters.unknownYears) params.set('unknown-years', 'hide');
  if (filters.countries.length > 0) params.set('countries', filters.countries.join(','));
  if (!sameList(filters.edgeKinds, EDGE_KINDS)) params.set('kinds', filters.edgeKinds.join(','));
  if (!sameList(filters.statuses, PARTNERSHIP_STATUSES))
    params.set('status', filters.statuses.join(','));
  for (const programme of filters.programmes) params.append('programme', programme);
  for (const organiser of filters.organisers) params.append('organiser', organiser);
  for (const funder of filters.funders) params.append('funder', funder);
  if (filters.hideIsolated) params.set('isolated', 'hide');
  if (filters.fadeOutside) params.set('outside', 'fade');
  if (state.selectedCityId) params.set('city', state.selectedCityId);
  if (state.record) params.set(state.record.kind, state.record.id);
  if (state.view !== 'map') params.set('view', state.view);
  if (state.table !== DEFAULT_URL_STATE.table) params.set('table', state.table);
  if (state.linkColorBy !== 'kind') params.set('colour', state.linkColorBy);
  if (state.sizeBy !== DEFAULT_URL_STATE.sizeBy) params.set('size', state.sizeBy);
  if (state.cityColorBy !== DEFAULT_URL_STATE.cityColorBy) params.set('cities', state.cityColorBy);
  if (state.camera) {
    const { center, zoom } = state.camera;
    params.set('map', `${center[0].toFixed(3)},${center[1].toFixed(3)},${zoom.toFixed(2)}`);
  }
  if (state.language !== DEFAULT_URL_STATE.language) params.set('lang', state.language);
  const text = params.toString();
  return text ? `?${text}` : '';
}
