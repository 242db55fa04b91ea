import { useEffect, useRef, type ReactNode } from 'react';
import type { Dataset } from '../domain/dataset';
import type { City } from '../domain/types';
import { useWords, type Words } from './wording';

interface FrameProps {
  /** The panel's accessible name: `City profile: Osaka`, `Workshop: …`. */
  label: string;
  heading: string;
  /** Language of the heading when it is a city's name (`ja` for 大阪市); unset for data text. */
  headingLang?: string;
  /** The close button's accessible name. */
  closeLabel: string;
  /** Focus moves to the heading whenever this changes (another city, record or link opened). */
  focusKey: string;
  /** Extra class beside `city-profile`, which gives every profile panel its place and look. */
  className?: string;
  onClose(): void;
  children: ReactNode;
}

/** The close button's glyph; its accessible name comes from the catalogue. */
const CLOSE_MARK = '×';

/** The frame of a profile panel: a labelled aside, its heading focused on open, a close button. */
export function ProfileFrame({
  label,
  heading,
  headingLang,
  closeLabel,
  focusKey,
  className,
  onClose,
  children,
}: FrameProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus goes back where it was before the panel opened (a table's button, a search) when the
  // panel closes and nothing else took it. Declared first: it notes the opener before focus moves.
  useEffect(() => {
    const opener = document.activeElement;
    return () => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  // Moves focus into the panel when something else is opened, so keyboard users land in it.
  useEffect(() => headingRef.current?.focus(), [focusKey]);
  return (
    <aside className={className ? `city-profile ${className}` : 'city-profile'} aria-label={label}>
      <div className="profile-head">
        <h2 ref={headingRef} tabIndex={-1} lang={headingLang}>
          {heading}
        </h2>
        <button type="button" onClick={onClose} aria-label={closeLabel}>
          {CLOSE_MARK}
        </button>
      </div>
      {children}
    </aside>
  );
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

/** A labelled fact on its own line (`Funder: MOEJ`); nothing when the value is empty. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  if (children === '' || children === null || children === undefined) return null;
  return (
    <p>
      <span className="label">{label}</span>
      {children}
    </p>
  );
}

/** The name a reader knows a city by, or its id when the dataset lacks it. */
export function nameOfCity(dataset: Dataset, words: Words, cityId: string): string {
  const city = dataset.cityById.get(cityId);
  return city ? words.cityName(city) : cityId;
}

/** The cities of `ids` the dataset knows, in order. */
export function knownCities(dataset: Dataset, ids: readonly string[]): City[] {
  return ids.flatMap((id) => dataset.cityById.get(id) ?? []);
}
