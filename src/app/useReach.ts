/** The programme's reach in the current filters, and the series its charts draw: derived, never stored. */
import { useMemo } from 'react';
import type { Dataset } from '../domain/dataset';
import type { YearRange } from '../domain/filters';
import type { ThemePalette } from '../domain/palette';
import { activityByYear, overseasGrowth, reachOf } from '../domain/reach';
import type { RecordSlice } from '../domain/records';

/** The reach of `slice` (filtered to `years`): figures, activity per year by theme, overseas cities over time. */
export function useReach(
  dataset: Dataset,
  slice: RecordSlice,
  palette: ThemePalette,
  years: YearRange | null,
) {
  return useMemo(
    () => ({
      reach: reachOf(dataset, slice, years),
      activity: activityByYear(
        slice,
        palette.themes.map(({ theme }) => theme),
        years,
      ),
      growth: overseasGrowth(dataset, slice, years),
    }),
    [dataset, slice, palette, years],
  );
}

/** What `useReach` returns. */
export type ReachModel = ReturnType<typeof useReach>;
