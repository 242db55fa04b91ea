/**
 * The drafts: the list (remove one or all, export as CSV), a pair picked by hand, the drafts the
 * current data cannot draw, and what the drafts change, before and after.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { regionOf, REGIONS, type Region } from '../../domain/countries';
import type { Dataset } from '../../domain/dataset';
import type { Draft, DraftImpact, ReachFigures } from '../../domain/drafts';
import type { PlanningIndex } from '../../domain/planner';
import type { City } from '../../domain/types';
import { EN } from '../../i18n/catalogue';
import { useWords } from '../wording';
import { arePartners, hasDraft, pairThemes } from './pairs';
import { fillSlots, slot } from './slots';
import { CityButton, nameOfCity } from '../cities';

interface Props {
  /** The data on screen, to name the drafts' cities and to pick a pair from. */
  dataset: Dataset;
  index: PlanningIndex;
  drafts: readonly Draft[];
  /** Drafts naming a city the data on screen lacks. */
  missingDrafts: readonly Draft[];
  impact: DraftImpact;
  onAddDraft(cityAId: string, cityBId: string, themes: string[]): void;
  onRemoveDraft(id: string): void;
  onClearDrafts(): void;
  onExportDrafts(): void;
  onSelectCity(cityId: string): void;
  draftsMessage: DraftsMessage | null;
}

/**
 * What the app can tell about the drafts kept in the browser, by the catalogue's keys (the same
 * words as `useDrafts().message`, which the app layer defines).
 */
export type DraftsMessage = keyof typeof EN.planner.pane.drafts.storage;

/** The drafts' list, the pair form and the before/after figures. */
export function DraftsSection(props: Props) {
  const { dataset, drafts, missingDrafts, onRemoveDraft, onClearDrafts, onExportDrafts } = props;
  const { t } = useTranslation(['planner', 'records']);
  const words = useWords();
  const missing = new Set(missingDrafts.map((draft) => draft.id));
  // After a removal, focus goes to the next draft's remove button (or the sentence that says
  // there are none), so that a keyboard user is not left on a button that is gone.
  const list = useRef<HTMLUListElement>(null);
  const empty = useRef<HTMLParagraphElement>(null);
  const refocus = useRef<number | null>(null);
  useEffect(() => {
    const at = refocus.current;
    if (at === null) return;
    refocus.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button.remove-draft');
    if (buttons && buttons.length > 0) buttons[Math.min(at, buttons.length - 1)]!.focus();
    else empty.current?.focus();
  }, [drafts]);
  const pairOf = (draft: Draft) =>
    t('records:pair', {
      a: nameOfCity(dataset, words, draft.cityAId),
      b: nameOfCity(dataset, words, draft.cityBId),
    });
  const cityOf = (id: string) => {
    const city = dataset.cityById.get(id);
    return city ? <CityButton city={city} onSelectCity={props.onSelectCity} /> : id;
  };
  // The pair as the catalogue writes it, each city a button (or its id when the data lacks it).
  const pairWithButtons = (draft: Draft) =>
    fillSlots(
      t('records:pair', { a: slot('a'), b: slot('b') }),
      new Map([
        ['a', cityOf(draft.cityAId)],
        ['b', cityOf(draft.cityBId)],
      ]),
    );

  return (
    <>
      {props.draftsMessage && (
        <p className="note" role="status">
          {t(`pane.drafts.storage.${props.draftsMessage}`)}
        </p>
      )}
      {drafts.length === 0 ? (
        <p ref={empty} tabIndex={-1}>
          {t('pane.drafts.empty')}
        </p>
      ) : (
        <>
          <p>{t('pane.drafts.count', { count: drafts.length })}</p>
          <ul ref={list} className="record-list drafts" aria-label={t('pane.drafts.title')}>
            {drafts.map((draft, index) => (
              <li key={draft.id}>
                {pairWithButtons(draft)}{' '}
                {draft.themes.length > 0 && (
                  <span className="meta">{words.themes(draft.themes)}</span>
                )}{' '}
                <button
                  type="button"
                  className="remove-draft"
                  aria-label={t('pane.drafts.removeLabel', { pair: pairOf(draft) })}
                  onClick={() => {
                    refocus.current = index;
                    onRemoveDraft(draft.id);
                  }}
                >
                  {t('pane.drafts.remove')}
                </button>
                {missing.has(draft.id) && <MissingNote dataset={dataset} draft={draft} />}
              </li>
            ))}
          </ul>
          <p className="planner-buttons">
            <button type="button" onClick={onExportDrafts}>
              {t('pane.drafts.export')}
            </button>{' '}
            <button
              type="button"
              onClick={() => {
                refocus.current = 0;
                onClearDrafts();
              }}
            >
              {t('pane.drafts.clear')}
            </button>
          </p>
        </>
      )}
      <PairForm {...props} />
      {drafts.length > missingDrafts.length && <ImpactTable {...props} />}
    </>
  );
}

/** Why a draft is not drawn: the ids of its cities the data on screen lacks. */
function MissingNote({ dataset, draft }: { dataset: Dataset; draft: Draft }) {
  const { t } = useTranslation('planner');
  const words = useWords();
  const gone = [draft.cityAId, draft.cityBId].filter((id) => !dataset.cityById.has(id));
  return (
    <p className="note">
      {t('pane.drafts.missing', {
        count: gone.length,
        ids: words.list(gone.map((id) => t('pane.drafts.missingId', { id }))),
      })}
    </p>
  );
}

/** Two city menus (cities grouped by region) and a button that drafts the pair. */
function PairForm({ dataset, index, drafts, onAddDraft }: Props) {
  const { t } = useTranslation(['planner', 'terms', 'records']);
  const words = useWords();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const groups: CityGroups = useMemo(() => {
    const { compare } = new Intl.Collator(words.language);
    const named = dataset.cities
      .map((city) => ({ city, name: words.cityName(city) }))
      .sort((a, b) => compare(a.name, b.name));
    return REGIONS.map((region) => ({
      region,
      cities: named.filter(({ city }) => regionOf(city.country) === region),
    })).filter((group) => group.cities.length > 0);
  }, [dataset, words]);

  // What the status line says: why the pair cannot be added, or the pair just added.
  const [tried, setTried] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  let problem: string | null = null;
  if (!first || !second) problem = tried ? t('pane.pick.incomplete') : null;
  else if (first === second) problem = t('pane.pick.same');
  else if (hasDraft(drafts, first, second)) problem = t('pane.pick.drafted');
  else if (arePartners(dataset, first, second)) problem = t('pane.pick.partners');
  const choose = (set: (id: string) => void) => (id: string) => {
    set(id);
    setTried(false);
    setAdded(null);
  };
  // The submit button stays enabled (a disabled one cannot say why): submitting says what is wrong.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!first || !second || problem) return;
    onAddDraft(first, second, pairThemes(index, first, second));
    setAdded(
      t('pane.pick.added', {
        pair: t('records:pair', {
          a: nameOfCity(dataset, words, first),
          b: nameOfCity(dataset, words, second),
        }),
      }),
    );
    setFirst('');
    setSecond('');
    setTried(false);
  };
  return (
    <form className="pick-pair" onSubmit={onSubmit}>
      <fieldset>
        <legend>{t('pane.pick.legend')}</legend>
        <CityMenu which="first" groups={groups} value={first} onChange={choose(setFirst)} />{' '}
        <CityMenu which="second" groups={groups} value={second} onChange={choose(setSecond)} />{' '}
        <button type="submit">{t('pane.pick.add')}</button>
        {/* In the page from the start, so that screen readers announce what comes into it. */}
        <p className="note" role="status">
          {problem ?? added}
        </p>
      </fieldset>
    </form>
  );
}

/** Cities in groups by region, each sorted by name in the reader's collation. */
type CityGroups = { region: Region; cities: { city: City; name: string }[] }[];

/** One of the pair form's two city menus. */
function CityMenu({
  which,
  groups,
  value,
  onChange,
}: {
  which: 'first' | 'second';
  groups: CityGroups;
  value: string;
  onChange(value: string): void;
}) {
  const { t } = useTranslation(['planner', 'terms']);
  const id = useId();
  return (
    <span className="pick-city">
      <label htmlFor={id}>{t(`pane.pick.${which}`)}</label>{' '}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('pane.pick.choose')}</option>
        {groups.map(({ region, cities }) => (
          <optgroup key={region} label={t(`terms:region.${region}`)}>
            {cities.map(({ city, name }) => (
              <option key={city.id} value={city.id}>
                {name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </span>
  );
}

/** The figures the drafts change, before and after, and the Japanese cities whose load changes. */
function ImpactTable({ dataset, impact }: Props) {
  const { t } = useTranslation('planner');
  const words = useWords();
  const figures: (keyof ReachFigures)[] = [
    'overseasWithJapanesePartner',
    'countriesReached',
    'overseasWithoutPartner',
  ];
  const rows = [
    ...figures.map((key) => ({
      key,
      label: t(`pane.impact.${key}`),
      before: impact.before[key],
      after: impact.after[key],
    })),
    ...impact.loads.map((load) => ({
      key: `load-${load.cityId}`,
      label: t('pane.impact.load', { city: nameOfCity(dataset, words, load.cityId) }),
      before: load.before,
      after: load.after,
    })),
  ];
  return (
    <>
      <h4>{t('pane.impact.title')}</h4>
      <table className="planner-table impact">
        <caption>{t('pane.impact.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pane.impact.figure')}</th>
            <th scope="col" className="numeric">
              {t('pane.impact.before')}
            </th>
            <th scope="col" className="numeric">
              {t('pane.impact.after')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.before !== row.after ? 'changed' : undefined}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{words.number(row.before)}</td>
              <td className="numeric">{words.number(row.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
