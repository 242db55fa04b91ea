/** The pairing planner's derived state: its view of the slice, and what the drafts change. */
import { useMemo } from 'react';
import type { Dataset } from '../domain/dataset';
import type { Filters } from '../domain/filters';
import { draftImpact, makeDraft, type DraftImpact } from '../domain/drafts';
import { planningIndex, type PlanningIndex } from '../domain/planner';
import type { AppState } from '../state/store';
import type { DraftsStore } from './useDrafts';

/** What the planner view and the city profile's suggestions read. */
export interface Planner {
  /** The planner's view of the data shown (drafts included) under the filters; null when unused. */
  index: PlanningIndex | null;
  /** What the drafts change; null when the planner view is not shown. */
  impact: DraftImpact | null;
  /** Adds a pair as a draft, dated now. */
  addDraft(cityAId: string, cityBId: string, themes: string[]): void;
}

/**
 * Computes the planner's index only while something reads it (the planner view, or a city
 * profile with its suggested partners), since it reads every record of the slice. `filters` are
 * those the network is drawn with (`NetworkModel.filters`).
 */
export function usePlanner(
  source: Dataset,
  shown: Dataset,
  filters: Filters,
  state: AppState,
  drafts: DraftsStore,
): Planner {
  const { view, selectedCityId } = state;
  const inUse = view === 'plan' || selectedCityId !== null;
  const index = useMemo(
    () => (inUse ? planningIndex(shown, filters) : null),
    [inUse, shown, filters],
  );
  const impact = useMemo(
    () => (view === 'plan' ? draftImpact(source, drafts.drafts, filters) : null),
    [view, source, drafts.drafts, filters],
  );
  const { add } = drafts;
  return useMemo(
    () => ({
      index,
      impact,
      addDraft: (a: string, b: string, themes: string[]) =>
        void add(makeDraft(a, b, themes, new Date().toISOString())),
    }),
    [index, impact, add],
  );
}
