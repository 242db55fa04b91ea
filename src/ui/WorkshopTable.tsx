import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset';
import { partialDateBound } from '../domain/dates';
import { searchWorkshops, workshopCities, type WorkshopCities } from '../domain/records';
import type { Workshop } from '../domain/types';
import type { RecordRef } from '../state/vocabulary';
import {
  SortableHeaderCells,
  sortRows,
  TableSearch,
  type SortColumn,
  type SortState,
} from './TableParts';
import { useWords, type Words } from './wording';
import { CityButtons } from './cities';

interface Props {
  dataset: Dataset;
  /** The workshops of the current filters. */
  workshops: readonly Workshop[];
  /** The open record, marked in its row when it is a workshop. */
  openRecord: RecordRef | null;
  onOpenRecord(ref: RecordRef): void;
  onSelectCity(cityId: string): void;
}

/** A workshop with what its cells show and sort by, worded once per language. */
interface Row {
  workshop: Workshop;
  cities: WorkshopCities;
  /** The city names of each role as the reader reads them, to sort by. */
  names: { [Role in keyof WorkshopCities]: string };
  themes: string;
  organisers: string;
}

/** The table's columns, in order. */
type ColumnKey =
  | 'title'
  | 'dates'
  | 'hosts'
  | 'participants'
  | 'lecturers'
  | 'themes'
  | 'people'
  | 'organisers'
  | 'funder';

/** The columns' order rules, in the reader's collation; empty cells sort last. */
function columnsFor(words: Words): SortColumn<Row, ColumnKey>[] {
  const { compare } = new Intl.Collator(words.language);
  const text = (key: ColumnKey, of: (row: Row) => string): SortColumn<Row, ColumnKey> => ({
    key,
    compare: (a, b) => compare(of(a), of(b)),
    missing: (row) => of(row) === '',
  });
  const start = (row: Row) => partialDateBound(row.workshop.startDate, false);
  const end = (row: Row) => partialDateBound(row.workshop.endDate || row.workshop.startDate, true);
  return [
    text('title', (row) => row.workshop.title),
    {
      // Chronological: partial dates (`2017`, `2017-11`) by the first day they can mean.
      key: 'dates',
      compare: (a, b) => start(a).localeCompare(start(b)) || end(a).localeCompare(end(b)),
      missing: (row) => row.workshop.startDate === '',
    },
    text('hosts', (row) => row.names.host),
    text('participants', (row) => row.names.participant),
    text('lecturers', (row) => row.names.resource),
    text('themes', (row) => row.themes),
    {
      key: 'people',
      numeric: true,
      compare: (a, b) => (a.workshop.participants ?? 0) - (b.workshop.participants ?? 0),
      missing: (row) => row.workshop.participants === null,
    },
    text('organisers', (row) => row.organisers),
    text('funder', (row) => row.workshop.funder),
  ];
}

/**
 * The workshops of the current filters in a table sortable by every column, with a search by
 * title; a title opens the workshop, a city name selects the city.
 */
export function WorkshopTable({
  dataset,
  workshops,
  openRecord,
  onOpenRecord,
  onSelectCity,
}: Props) {
  const { t } = useTranslation('table');
  const words = useWords();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState<ColumnKey>>({ key: 'dates', descending: false });

  const columns = useMemo(() => columnsFor(words), [words]);
  const rows = useMemo(() => {
    const list: Row[] = workshops.map((workshop) => {
      const cities = workshopCities(dataset, workshop);
      const names = (role: keyof WorkshopCities) => words.list(cities[role].map(words.cityName));
      return {
        workshop,
        cities,
        names: {
          host: names('host'),
          participant: names('participant'),
          resource: names('resource'),
        },
        themes: words.themes(workshop.themes),
        organisers: words.list(workshop.organisers),
      };
    });
    // Equal rows in time order, then by title.
    const order = (key: ColumnKey) => columns.find((column) => column.key === key)!.compare;
    const [dates, title] = [order('dates'), order('title')];
    return sortRows(list, columns, sort, (a, b) => dates(a, b) || title(a, b));
  }, [dataset, workshops, columns, sort, words]);

  // All the titles that contain the query, in the table's order (not the search's ranking).
  const shown = useMemo(() => {
    if (!query.trim()) return rows;
    const found = new Set(searchWorkshops(workshops, query, Infinity));
    return rows.filter((row) => found.has(row.workshop));
  }, [rows, workshops, query]);

  if (workshops.length === 0) return <p className="ranking empty">{t('workshops.empty')}</p>;
  const openId = openRecord?.kind === 'workshop' ? openRecord.id : null;

  return (
    <div className="ranking record-table">
      <TableSearch
        records="workshops"
        query={query}
        onQuery={setQuery}
        shown={shown.length}
        total={workshops.length}
      />
      <table>
        <caption>{t('workshops.caption')}</caption>
        <thead>
          <tr>
            <SortableHeaderCells
              columns={columns}
              sort={sort}
              onSort={setSort}
              label={(key) => t(`workshops.column.${key}`)}
            />
          </tr>
        </thead>
        <tbody>
          {shown.map(({ workshop, cities, themes, organisers }) => {
            const open = workshop.id === openId;
            return (
              <tr key={workshop.id} className={open ? 'selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-current={open ? 'true' : undefined}
                    onClick={() => onOpenRecord({ kind: 'workshop', id: workshop.id })}
                  >
                    {workshop.title}
                  </button>
                </th>
                <td>{words.workshopDates(workshop)}</td>
                <td>
                  <CityButtons cities={cities.host} onSelectCity={onSelectCity} />
                </td>
                <td>
                  <CityButtons cities={cities.participant} onSelectCity={onSelectCity} />
                </td>
                <td>
                  <CityButtons cities={cities.resource} onSelectCity={onSelectCity} />
                </td>
                <td>{themes}</td>
                <td className="numeric">
                  {workshop.participants === null ? '' : words.number(workshop.participants)}
                </td>
                <td>{organisers}</td>
                <td>{workshop.funder}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
