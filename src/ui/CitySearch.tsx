import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchCities } from '../domain/search';
import type { City } from '../domain/types';
import { useWords } from './wording';

interface Props {
  cities: readonly City[];
  onSelect(cityId: string): void;
}

/** A combobox that finds a city by name or local name; arrows move, Enter selects, Escape clears. */
export function CitySearch({ cities, onSelect }: Props) {
  const { t } = useTranslation(['shell', 'terms']);
  const words = useWords();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchCities(cities, query), [cities, query]);
  const open = results.length > 0;

  const choose = (city: City | undefined) => {
    if (!city) return;
    onSelect(city.id);
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
      // Clears the search only; the app-wide Escape (clear selection) is for an empty box.
      event.stopPropagation();
      setQuery('');
    }
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
        {results.map((city, index) => {
          // The name the reader knows first (大阪市 in Japanese), the other one beside it.
          const names = words.cityNames(city);
          return (
            <li
              key={city.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                // Keeps focus in the box, so the click is not lost to a blur.
                event.preventDefault();
                choose(city);
              }}
            >
              <span lang={names.primaryLang}>{names.primary}</span>
              {names.secondary && (
                <span className="option-local" lang={names.secondaryLang}>
                  {' '}
                  {names.secondary}
                </span>
              )}
              <span className="option-country">
                {t('terms:separator')}
                {words.country(city.country)}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
