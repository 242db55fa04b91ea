/**
 * The pairing planner's view: its settings (scope and weights), the overseas workshop cities
 * still without a Japanese partner, the Japanese cities by partners carried, and the drafts with
 * what they change.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset';
import type { Draft, DraftImpact } from '../domain/drafts';
import type { PlanOptions, PlanningIndex } from '../domain/planner';
import { DraftsSection, type DraftsMessage } from './planner/DraftsSection';
import { GapsTable } from './planner/GapsTable';
import { LoadsTable } from './planner/LoadsTable';
import { PlannerSettings } from './planner/PlannerSettings';
import './planner/planner.css';

interface Props {
  /** The data on screen (without the drafts), to name cities and pick pairs from. */
  dataset: Dataset;
  /** The planner's view of the data and the current filters. */
  index: PlanningIndex;
  options: PlanOptions;
  onOptions(options: PlanOptions): void;
  drafts: readonly Draft[];
  /** What the drafts change in the current filters. */
  impact: DraftImpact;
  /** Drafts naming a city the data on screen lacks (`withDrafts(…).missing`). */
  missingDrafts: readonly Draft[];
  onAddDraft(cityAId: string, cityBId: string, themes: string[]): void;
  onRemoveDraft(id: string): void;
  onClearDrafts(): void;
  onExportDrafts(): void;
  onSelectCity(cityId: string): void;
  /** What to tell about the drafts kept in the browser (`useDrafts().message`); null for nothing. */
  draftsMessage: DraftsMessage | null;
}

/** The planner view, one section per question, each headed for keyboard and screen-reader users. */
export function PlannerPane(props: Props) {
  const { t } = useTranslation('planner');
  const id = useId();
  const { index, options, drafts, onAddDraft, onSelectCity } = props;
  return (
    <section className="planner-pane" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('pane.title')}</h2>
      <PlannerSettings options={options} onOptions={props.onOptions} />
      <section aria-labelledby={`${id}-gaps`}>
        <h3 id={`${id}-gaps`}>{t('pane.gaps.title')}</h3>
        <GapsTable
          index={index}
          options={options}
          drafts={drafts}
          onAddDraft={onAddDraft}
          onSelectCity={onSelectCity}
        />
      </section>
      <section aria-labelledby={`${id}-loads`}>
        <h3 id={`${id}-loads`}>{t('pane.loads.title')}</h3>
        <LoadsTable index={index} onSelectCity={onSelectCity} />
      </section>
      <section aria-labelledby={`${id}-drafts`}>
        <h3 id={`${id}-drafts`}>{t('pane.drafts.title')}</h3>
        <DraftsSection
          dataset={props.dataset}
          index={index}
          drafts={drafts}
          missingDrafts={props.missingDrafts}
          impact={props.impact}
          onAddDraft={onAddDraft}
          onRemoveDraft={props.onRemoveDraft}
          onClearDrafts={props.onClearDrafts}
          onExportDrafts={props.onExportDrafts}
          onSelectCity={onSelectCity}
          draftsMessage={props.draftsMessage}
        />
      </section>
    </section>
  );
}
