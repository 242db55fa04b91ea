/** The programme's reach in the current filters, and the series its charts draw: derived, never stored. */
import { useMemo } from 'react';
import type { Dataset } from '../domain/dataset';
import type { YearRange } from '../domain/filters';
import type { ThemePalette } from '../domain/palette';
import {
  activityByYear,
  overseasGrowth,
  reachOf,
  type ActivitySeries,
  type Reach,
} from '../domain/reach';
import type { RecordSlice } from '../domain/records';

/** The reach's figures and the series its charts draw. */
export interface ReachModel {
  reach: Reach;
  activity: ActivitySeries;
  growth: { year: number; cities: number }[];
}

/**
 * The reach of `slice` (filtered to `years`): figures, activity per year by theme, overseas
 * cities over time; null while not `shown`. Counting takes about a second at 100,000 records,
 * so a filter change in another view does not pay for it.
 */
export function useReach(
  dataset: Dataset,
  slice: RecordSlice,
  palette: ThemePalette,
  years: YearRange | null,
  shown: boolean,
): ReachModel | null {
  return useMemo(
    () =>
      shown
        ? {
            reach: reachOf(dataset, slice, years),
            activity: activityByYear(
              slice,
              palette.themes.map(({ theme }) => theme),
              years,
            ),
            growth: overseasGrowth(dataset, slice, years),
          }
        : null,
    [dataset, slice, palette, years, shown],
  );
}
