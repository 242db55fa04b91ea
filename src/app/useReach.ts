/** The programme's reach in the current filters, and the series its charts draw: derived, never stored. */
import { useMemo } from 'react';
import type { Dataset } from '../domain/dataset';
import type { ThemePalette } from '../domain/palette';
import { activityByYear, overseasGrowth, reachOf } from '../domain/reach';
import type { RecordSlice } from '../domain/records';

/** The reach of `slice`: its figures, activity per year by theme, and overseas cities over time. */
export function useReach(dataset: Dataset, slice: RecordSlice, palette: ThemePalette) {
  return useMemo(
    () => ({
      reach: reachOf(dataset, slice),
      activity: activityByYear(
        slice,
        palette.themes.map(({ theme }) => theme),
      ),
      growth: overseasGrowth(dataset, slice),
    }),
    [dataset, slice, palette],
  );
}

/** What `useReach` returns. */
export type ReachModel = ReturnType<typeof useReach>;
