/**
 * Cities as the UI names them: the name a reader knows a city by, and city names as buttons that
 * open the city (one, a list with its country, or a run in the language's list pattern).
 */
import type { Dataset } from '../domain/dataset';
import type { City } from '../domain/types';
import { useWords, type Words } from './wording';

/** The name a reader knows a city by, or its id when the dataset lacks it. */
export function nameOfCity(dataset: Dataset, words: Words, cityId: string): string {
  const city = dataset.cityById.get(cityId);
  return city ? words.cityName(city) : cityId;
}

/** A city's name as a button that opens its profile, marked with the language of the name. */
export function CityButton({
  city,
  onSelectCity,
}: {
  city: Pick<City, 'id' | 'name' | 'localName'>;
  onSelectCity(cityId: string): void;
}) {
  const names = useWords().cityNames(city);
  return (
    <button
      type="button"
      className="link-button"
      lang={names.primaryLang}
      onClick={() => onSelectCity(city.id)}
    >
      {names.primary}
    </button>
  );
}

/** Cities, each a button to its profile with its country beside it. */
export function CityList({
  cities,
  onSelectCity,
}: {
  cities: readonly City[];
  onSelectCity(cityId: string): void;
}) {
  const words = useWords();
  return (
    <ul className="record-list">
      {cities.map((city) => (
        <li key={city.id}>
          <CityButton city={city} onSelectCity={onSelectCity} />{' '}
          <span className="meta">{words.country(city.country)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Cities as a list of buttons, with the language's separators (`a, b, c` / `a、b、c`). */
export function CityButtons({
  cities,
  onSelectCity,
}: {
  cities: readonly City[];
  onSelectCity(id: string): void;
}) {
  const { language } = useWords();
  // The language's list pattern, with each element replaced by the city's button in turn.
  const parts = new Intl.ListFormat(language, {
    type: 'conjunction',
    style: 'narrow',
  }).formatToParts(cities.map((city) => city.id));
  // Each button keeps the separator after it on its line: no comma starts a line.
  const items: { city: City; after: string }[] = [];
  let before = '';
  let next = 0;
  for (const part of parts) {
    if (part.type === 'element') items.push({ city: cities[next++]!, after: '' });
    else if (items.length > 0) items.at(-1)!.after += part.value;
    else before += part.value;
  }
  return (
    <>
      {before}
      {items.map(({ city, after }, index) => (
        <span key={`${city.id}-${index}`} className="city-item">
          <CityButton city={city} onSelectCity={onSelectCity} />
          {after}
        </span>
      ))}
    </>
  );
}
