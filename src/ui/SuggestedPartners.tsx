/**
 * The "Suggested partners" section of a city profile: the best candidates for the city, each
 * with its score as a stacked bar of its parts, its reasons in plain words (records and cities as
 * buttons), a mark when the pair is proposed or drafted already, and a button to draft it.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../domain/drafts';
import {
  suggestPartners,
  type PlanOptions,
  type PlanningIndex,
  type Suggestion,
  type SuggestionResult,
} from '../domain/planner';
import type { RecordRef } from '../domain/records';
import { DraftButton } from './planner/DraftButton';
import { hasDraft, themesOf } from './planner/pairs';
import { groupReasons } from './planner/reasons';
import { ReasonText } from './planner/ReasonText';
import { ScoreBar, ScoreLegend } from './planner/ScoreBar';
import './planner/planner.css';
import { useWords } from './wording';
import { CityButton, nameOfCity } from './cities';

/** How many candidates the section lists. */
export const SUGGESTIONS_SHOWN = 5;

interface Props {
  /** The planner's view of the current data and filters. */
  index: PlanningIndex;
  cityId: string;
  /** Weights and scope of the planner; the section lists at most SUGGESTIONS_SHOWN. */
  options: PlanOptions;
  /** The drafts, to mark a pair drafted already. */
  drafts: readonly Draft[];
  /** Adds the pair as a draft, with the themes its theme fit rests on. */
  onAddDraft(cityAId: string, cityBId: string, themes: string[]): void;
  onOpenRecord(ref: RecordRef): void;
  onSelectCity(cityId: string): void;
}

/** The sentence that says why there is nothing to suggest, or that the city brings little. */
function useNotes(
  result: SuggestionResult,
  cityName: string,
): { none: string | null; little: string | null } {
  const { t } = useTranslation('planner');
  const none = result.none && t(`suggested.none.${result.none}`, { city: cityName });
  // What the city brings is worth a word only when something is known of the city.
  if (result.none === 'unknownCity') return { none, little: null };
  const { themes, workshops } = result.city;
  let little: string | null = null;
  if (themes === 0 && workshops === 0) little = t('suggested.little.nothing', { city: cityName });
  else if (themes === 0) little = t('suggested.little.noThemes', { city: cityName });
  else if (workshops === 0) little = t('suggested.little.noWorkshops', { city: cityName });
  return { none, little };
}

/** The best partners for a city, explained; a sentence in place of the list when there are none. */
export function SuggestedPartners({
  index,
  cityId,
  options,
  drafts,
  onAddDraft,
  onOpenRecord,
  onSelectCity,
}: Props) {
  const { t } = useTranslation('planner');
  const words = useWords();
  const { dataset } = index;
  const result = useMemo(
    () =>
      suggestPartners(index, cityId, {
        ...options,
        limit: Math.min(options.limit, SUGGESTIONS_SHOWN),
      }),
    [index, cityId, options],
  );
  const cityName = nameOfCity(dataset, words, cityId);
  const notes = useNotes(result, cityName);

  return (
    <section aria-label={t('suggested.title')} className="suggested-partners">
      <h3>{t('suggested.title')}</h3>
      {notes.little && <p className="note">{notes.little}</p>}
      {notes.none ? (
        <p>{notes.none}</p>
      ) : (
        <>
          <ScoreLegend />
          <ol className="record-list suggestions">
            {result.suggestions.map((suggestion) => (
              <SuggestionItem
                key={suggestion.cityId}
                index={index}
                cityId={cityId}
                suggestion={suggestion}
                options={options}
                drafted={hasDraft(drafts, cityId, suggestion.cityId)}
                onAddDraft={onAddDraft}
                onOpenRecord={onOpenRecord}
                onSelectCity={onSelectCity}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

interface ItemProps {
  index: PlanningIndex;
  cityId: string;
  suggestion: Suggestion;
  options: PlanOptions;
  drafted: boolean;
  onAddDraft(cityAId: string, cityBId: string, themes: string[]): void;
  onOpenRecord(ref: RecordRef): void;
  onSelectCity(cityId: string): void;
}

/** One candidate: name, score bar, marks, the draft button and the reasons. */
function SuggestionItem({
  index,
  cityId,
  suggestion,
  options,
  drafted,
  onAddDraft,
  onOpenRecord,
  onSelectCity,
}: ItemProps) {
  const { t } = useTranslation(['planner', 'records']);
  const words = useWords();
  const { dataset } = index;
  const candidate = dataset.cityById.get(suggestion.cityId);
  const candidateName = nameOfCity(dataset, words, suggestion.cityId);
  const pair = t('records:pair', { a: nameOfCity(dataset, words, cityId), b: candidateName });
  const { proposed } = suggestion;
  return (
    <li>
      <div className="suggestion-head">
        {candidate ? (
          <CityButton city={candidate} onSelectCity={onSelectCity} />
        ) : (
          suggestion.cityId
        )}{' '}
        {candidate && <span className="meta">{words.country(candidate.country)}</span>}{' '}
        <ScoreBar score={suggestion.score} parts={suggestion.parts} weights={options.weights} />
      </div>
      <div className="suggestion-actions">
        {proposed && !drafted && (
          <button
            type="button"
            className="link-button mark proposed"
            aria-label={t('suggested.proposedLabel', { pair })}
            onClick={() => onOpenRecord(proposed)}
          >
            {t('suggested.proposed')}
          </button>
        )}{' '}
        <DraftButton
          drafted={drafted}
          pair={pair}
          onAdd={() => onAddDraft(cityId, suggestion.cityId, themesOf(suggestion))}
        />
      </div>
      <ul className="reasons" aria-label={t('suggested.reasons', { city: candidateName })}>
        {groupReasons(suggestion.reasons).map((reason, i) => (
          <li key={`${reason.kind}-${i}`}>
            <ReasonText
              dataset={dataset}
              cityId={cityId}
              candidateId={suggestion.cityId}
              reason={reason}
              onOpenRecord={onOpenRecord}
              onSelectCity={onSelectCity}
            />
          </li>
        ))}
      </ul>
    </li>
  );
}
