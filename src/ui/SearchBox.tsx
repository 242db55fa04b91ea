import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset';
import { yearOf } from '../domain/dates';
import { searchPartnerships, searchWorkshops } from '../domain/records';
import { searchCities } from '../domain/search';
import type { City, Partnership, Workshop } from '../domain/types';
import type { RecordRef } from '../state/vocabulary';
import { nameOfCity } from './cities';
import { useWords } from './wording';

interface Props {
  /** Its cities, workshops and partnerships are what is found. */
  dataset: Dataset;
  onSelectCity(cityId: string): void;
  /** Opens a workshop or partnership chosen in the results. */
  onOpenRecord(ref: RecordRef): void;
}

/** At most this many of each kind of record among the results, after up to 8 cities. */
const RECORD_LIMIT = 5;

/** One result: a city, a workshop or a partnership. */
type Result =
  | { kind: 'city'; city: City }
  | { kind: 'workshop'; workshop: Workshop }
  | { kind: 'partnership'; partnership: Partnership };

const resultKey = (result: Result) =>
  result.kind === 'city'
    ? `city:${result.city.id}`
    : result.kind === 'workshop'
      ? `workshop:${result.workshop.id}`
      : `partnership:${result.partnership.id}`;

/**
 * A combobox that finds a city by name or local name, a workshop by title and a partnership by
 * either city; cities come first, records say what they are. Arrows move, Enter chooses,
 * Escape clears the box (and, once empty, closes what is open, as everywhere).
 */
export function SearchBox({ dataset, onSelectCity, onOpenRecord }: Props) {
  const { cities, workshops, partnerships } = dataset;
  const { t } = useTranslation(['shell', 'terms', 'records']);
  const words = useWords();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo<Result[]>(
    () => [
      ...searchCities(cities, query).map((city) => ({ kind: 'city' as const, city })),
      ...searchWorkshops(workshops, query, RECORD_LIMIT).map((workshop) => ({
        kind: 'workshop' as const,
        workshop,
      })),
      ...searchPartnerships(dataset, partnerships, query, RECORD_LIMIT).map((partnership) => ({
        kind: 'partnership' as const,
        partnership,
      })),
    ],
    [cities, workshops, partnerships, dataset, query],
  );
  const open = results.length > 0;

  const choose = (result: Result | undefined) => {
    if (!result) return;
    if (result.kind === 'city') onSelectCity(result.city.id);
    else if (result.kind === 'workshop') onOpenRecord({ kind: 'workshop', id: result.workshop.id });
    else onOpenRecord({ kind: 'partnership', id: result.partnership.id });
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setActive((i) => (i + 1) % results.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive((i) => (i - 1 + results.length) % results.length);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === 'Escape' && query) {
      // Clears the search only; the app-wide Escape (close what is open) is for an empty box.
      event.stopPropagation();
      setQuery('');
    }
  };

  const cityName = (cityId: string) => nameOfCity(dataset, words, cityId);
  /** What an option shows: the name the reader knows first, then what the result is. */
  const content = (result: Result): ReactNode => {
    if (result.kind === 'city') {
      // The name the reader knows first (大阪市 in Japanese), the other one beside it.
      const names = words.cityNames(result.city);
      return (
        <>
          <span lang={names.primaryLang}>{names.primary}</span>
          {names.secondary && (
            <span className="option-local" lang={names.secondaryLang}>
              {' '}
              {names.secondary}
            </span>
          )}
          <span className="option-country">
            {t('terms:separator')}
            {words.country(result.city.country)}
          </span>
        </>
      );
    }
    if (result.kind === 'workshop') {
      const { workshop } = result;
      return (
        <>
          <span>{workshop.title}</span>
          <span className="option-country">
            {t('terms:separator')}
            {words.facts([t('search.workshop'), String(yearOf(workshop.startDate))])}
          </span>
        </>
      );
    }
    const { partnership } = result;
    return (
      <>
        <span>
          {t('records:pair', {
            a: cityName(partnership.cityAId),
            b: cityName(partnership.cityBId),
          })}
        </span>
        <span className="option-country">
          {t('terms:separator')}
          {words.facts([t('search.partnership'), words.partnershipYears(partnership)])}
        </span>
      </>
    );
  };

  return (
    <div className="city-search">
      <label htmlFor={`${id}-input`}>{t('search.label')}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder={t('search.placeholder')}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open ? `${id}-option-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={t('search.results')}
        className="search-results"
        hidden={!open}
      >
        {results.map((result, index) => (
          <li
            key={resultKey(result)}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              // Keeps focus in the box, so the click is not lost to a blur.
              event.preventDefault();
              choose(result);
            }}
          >
            {content(result)}
          </li>
        ))}
      </ul>
    </div>
  );
}
