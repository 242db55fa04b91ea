/**
 * The key figures of the reach, each a disclosure: its number and name, opening to the records or
 * cities it counts, each a button to its city or record.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset';
import type { Reach } from '../../domain/reach';
import type { Partnership, Workshop } from '../../domain/types';
import { formatYearSpan } from '../../i18n/format';
import type { RecordRef } from '../../state/vocabulary';
import { CityButton, CityButtons, nameOfCity } from '../cities';
import { useWords } from '../wording';

interface Props {
  /** The loaded data, to name a partnership's cities. */
  dataset: Dataset;
  reach: Reach;
  onSelectCity(cityId: string): void;
  onOpenRecord(record: RecordRef): void;
}

/** One figure: its number and name on a button that shows or hides what it counts. */
function Figure({
  value,
  label,
  note,
  children,
}: {
  value: string;
  label: string;
  note?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <li className="reach-figure">
      <button
        type="button"
        className="figure-toggle"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span className="figure-value">{value}</span>
        <span className="figure-label">{label}</span>
        {note && <span className="figure-note">{note}</span>}
      </button>
      {open && (
        <div id={listId} className="figure-list">
          {children}
        </div>
      )}
    </li>
  );
}

/** The figures of the reach, in the order a funder reads them: where, then what, then since when. */
export function ReachFigures({ dataset, reach, onSelectCity, onOpenRecord }: Props) {
  const { t } = useTranslation(['reach', 'records']);
  const words = useWords();
  const none = <p className="meta">{t('figures.none')}</p>;

  const workshopItem = (workshop: Workshop, extra?: string) => (
    <li key={workshop.id}>
      <button
        type="button"
        className="link-button"
        onClick={() => onOpenRecord({ kind: 'workshop', id: workshop.id })}
      >
        {workshop.title}
      </button>{' '}
      <span className="meta">{words.facts([words.workshopDates(workshop), extra])}</span>
    </li>
  );
  const workshopList = (workshops: readonly Workshop[], extra?: (w: Workshop) => string) =>
    workshops.length === 0 ? (
      none
    ) : (
      <ul className="record-list">{workshops.map((w) => workshopItem(w, extra?.(w)))}</ul>
    );
  const partnershipList = (partnerships: readonly Partnership[]) =>
    partnerships.length === 0 ? (
      none
    ) : (
      <ul className="record-list">
        {partnerships.map((partnership) => (
          <li key={partnership.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => onOpenRecord({ kind: 'partnership', id: partnership.id })}
            >
              {t('records:pair', {
                a: nameOfCity(dataset, words, partnership.cityAId),
                b: nameOfCity(dataset, words, partnership.cityBId),
              })}
            </button>{' '}
            <span className="meta">{words.facts(words.partnershipFacts(partnership))}</span>
          </li>
        ))}
      </ul>
    );

  const years = reach.newPartnershipsByYear;
  const dated = years.reduce((sum, { partnerships }) => sum + partnerships.length, 0);
  const span =
    years.length > 0 ? formatYearSpan(years[0]!.year, years.at(-1)!.year, words.language) : null;
  const people = (workshop: Workshop) => t('figures.people', { count: workshop.participants ?? 0 });

  return (
    <ul className="reach-figures" aria-label={t('figures.label')}>
      <Figure value={words.number(reach.japaneseCities.length)} label={t('figures.japaneseCities')}>
        {reach.japaneseCities.length === 0 ? (
          none
        ) : (
          <p>
            <CityButtons cities={reach.japaneseCities} onSelectCity={onSelectCity} />
          </p>
        )}
      </Figure>
      <Figure value={words.number(reach.overseasCities.length)} label={t('figures.overseasCities')}>
        {reach.overseasCities.length === 0 ? (
          none
        ) : (
          <ul className="record-list">
            {reach.overseasCities.map((city) => (
              <li key={city.id}>
                <CityButton city={city} onSelectCity={onSelectCity} />{' '}
                <span className="meta">{words.country(city.country)}</span>
              </li>
            ))}
          </ul>
        )}
      </Figure>
      <Figure value={words.number(reach.overseasCountries.length)} label={t('figures.countries')}>
        {reach.overseasCountries.length === 0 ? (
          none
        ) : (
          <ul className="record-list">
            {reach.overseasCountries.map(({ country, cities }) => (
              <li key={country}>
                <span className="label">{words.country(country)}</span>{' '}
                <span className="meta">{t('figures.cities', { count: cities.length })}</span>
                <div>
                  <CityButtons cities={cities} onSelectCity={onSelectCity} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Figure>
      <Figure value={words.number(reach.workshops.length)} label={t('figures.workshops')}>
        {workshopList(reach.workshops)}
      </Figure>
      <Figure
        value={words.number(reach.peopleTrained)}
        label={t('figures.peopleTrained')}
        note={
          reach.workshopsWithoutPeople.length > 0
            ? t('figures.withoutPeople', { count: reach.workshopsWithoutPeople.length })
            : undefined
        }
      >
        <h3>{t('figures.withFigure')}</h3>
        {workshopList(reach.workshopsWithPeople, people)}
        {reach.workshopsWithoutPeople.length > 0 && (
          <>
            <h3>{t('figures.noFigure')}</h3>
            {workshopList(reach.workshopsWithoutPeople)}
          </>
        )}
      </Figure>
      <Figure
        value={words.number(reach.activePartnerships.length)}
        label={t('figures.activePartnerships')}
        note={
          reach.years
            ? t('figures.activeIn', {
                span: formatYearSpan(reach.years.from, reach.years.to, words.language),
              })
            : t('figures.activeNow')
        }
      >
        {partnershipList(reach.activePartnerships)}
      </Figure>
      <Figure
        value={words.number(dated)}
        label={t('figures.newPartnerships')}
        note={
          span
            ? t('figures.byYear', { span })
            : reach.partnerships.length === 0
              ? t('figures.noPartnership')
              : reach.years
                ? t('figures.noneBegan', {
                    span: formatYearSpan(reach.years.from, reach.years.to, words.language),
                  })
                : t('figures.byYearNone')
        }
      >
        {years.length === 0 ? (
          none
        ) : (
          <ul className="year-list">
            {years.map(({ year, partnerships }) => (
              <li key={year}>
                <h3>{t('figures.year', { year: String(year), count: partnerships.length })}</h3>
                {partnershipList(partnerships)}
              </li>
            ))}
          </ul>
        )}
      </Figure>
    </ul>
  );
}
