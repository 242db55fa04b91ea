/**
 * The programme's reach in a slice of the data: which cities and countries took part, how many
 * workshops and people trained, which partnerships are active and when new ones began, and the
 * series the reach charts draw. Pure; every figure keeps the records it counts, so the UI can
 * expand a figure to its list.
 */
import type { Dataset } from './dataset';
import type { RecordSlice } from './records';
import type { City, Partnership, Workshop } from './types';

/** The cities of one country in the slice. */
export interface CountryReach {
  /** ISO 3166-1 alpha-2. */
  country: string;
  cities: City[];
}

/** The figures of a slice; each lists what it counts. */
export interface Reach {
  /** Japanese cities with at least one record in the slice. */
  japaneseCities: City[];
  /** Cities outside Japan with at least one record in the slice. */
  overseasCities: City[];
  /** Countries of those cities (Japan included), most cities first, then by code: the chart's bars. */
  countries: CountryReach[];
  /** The countries outside Japan among `countries`: the "countries reached" figure. */
  overseasCountries: CountryReach[];
  workshops: Workshop[];
  /** The sum of `participants` over the workshops that give it. */
  peopleTrained: number;
  /** Workshops whose `participants` is known (they make up `peopleTrained`). */
  workshopsWithPeople: Workshop[];
  /** Workshops with no figure for the people trained. */
  workshopsWithoutPeople: Workshop[];
  /** Partnerships of the slice whose status is `active`. */
  activePartnerships: Partnership[];
  /** Partnerships of the slice by the year they began, oldest first; unknown years left out. */
  newPartnershipsByYear: { year: number; partnerships: Partnership[] }[];
  /** True when the slice holds no record at all. */
  empty: boolean;
}

/** The reach of `slice` (records of `dataset`, as `recordsInSlice` keeps them). */
export function reachOf(dataset: Dataset, slice: RecordSlice): Reach {
  void dataset;
  void slice;
  return {
    japaneseCities: [],
    overseasCities: [],
    countries: [],
    overseasCountries: [],
    workshops: [],
    peopleTrained: 0,
    workshopsWithPeople: [],
    workshopsWithoutPeople: [],
    activePartnerships: [],
    newPartnershipsByYear: [],
    empty: true,
  };
}

/** One stacked column of the activity chart: records starting in `year`, by theme. */
export interface ActivityYear {
  year: number;
  /** Count per theme key, in the order of `ActivitySeries.themes`. */
  counts: number[];
}

/** Records (workshops and partnerships) starting each year, stacked by theme. */
export interface ActivitySeries {
  /**
   * The stacks, bottom first: the palette's themes that occur, then `other` (themes without a
   * colour) and `none` (records without a theme) when they occur.
   */
  themes: string[];
  /** Every year from the first to the last dated record, gaps included. */
  years: ActivityYear[];
  /** Records of the slice with no year, left out of the chart (it says how many). */
  undated: number;
}

/** Key of the stack of themes without a colour of their own. */
export const OTHER_THEMES = '\u0000other';
/** Key of the stack of records without a theme. */
export const NO_THEME = '\u0000none';

/**
 * Activity per year of `slice`, stacked by theme: a record counts once in each of its themes
 * (the chart says so); `paletteThemes` are the themes with a colour, most used first.
 */
export function activityByYear(
  slice: RecordSlice,
  paletteThemes: readonly string[],
): ActivitySeries {
  void slice;
  void paletteThemes;
  return { themes: [], years: [], undated: 0 };
}

/** Overseas cities reached by the end of each year (a city counts from its first record). */
export function overseasGrowth(
  dataset: Dataset,
  slice: RecordSlice,
): { year: number; cities: number }[] {
  void dataset;
  void slice;
  return [];
}
