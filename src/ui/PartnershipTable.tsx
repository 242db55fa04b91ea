import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset';
import { searchPartnerships } from '../domain/records';
import type { City, Partnership } from '../domain/types';
import type { RecordRef } from '../state/vocabulary';
import {
  SortableHeaderCells,
  sortRows,
  TableSearch,
  type SortColumn,
  type SortState,
} from './TableParts';
import { useWords, type Words } from './wording';
import { CityButton } from './cities';

interface Props {
  dataset: Dataset;
  /** The partnerships of the current filters. */
  partnerships: readonly Partnership[];
  /** The open record, marked in its row when it is a partnership. */
  openRecord: RecordRef | null;
  onOpenRecord(ref: RecordRef): void;
  onSelectCity(cityId: string): void;
}

/** A partnership with what its cells show and sort by, worded once per language. */
interface Row {
  partnership: Partnership;
  /** Its cities; undefined for an id the dataset does not know (shown as the id). */
  cityA: City | undefined;
  cityB: City | undefined;
  /** The cities' names as the reader reads them. */
  nameA: string;
  nameB: string;
  type: string;
  status: string;
  years: string;
  themes: string;
}

/** The table's columns, in order. */
type ColumnKey =
  'city' | 'partner' | 'type' | 'status' | 'years' | 'themes' | 'programme' | 'funder';

/** Sorts unknown years last: a partnership by its first known year, then its end (open last). */
const firstYear = (p: Partnership) => p.startYear ?? p.endYear;
const lastYear = (p: Partnership) => p.endYear ?? Number.MAX_SAFE_INTEGER;

/** The columns' order rules, in the reader's collation; empty cells sort last. */
function columnsFor(words: Words): SortColumn<Row, ColumnKey>[] {
  const { compare } = new Intl.Collator(words.language);
  const text = (key: ColumnKey, of: (row: Row) => string): SortColumn<Row, ColumnKey> => ({
    key,
    compare: (a, b) => compare(of(a), of(b)),
    missing: (row) => of(row) === '',
  });
  return [
    text('city', (row) => row.nameA),
    text('partner', (row) => row.nameB),
    text('type', (row) => row.type),
    text('status', (row) => row.status),
    {
      key: 'years',
      compare: (a, b) =>
        firstYear(a.partnership)! - firstYear(b.partnership)! ||
        lastYear(a.partnership) - lastYear(b.partnership),
      missing: (row) => firstYear(row.partnership) === null,
    },
    text('themes', (row) => row.themes),
    text('programme', (row) => row.partnership.programme),
    text('funder', (row) => row.partnership.funder),
  ];
}

/**
 * The partnerships of the current filters in a table sortable by every column, with a search
 * by either city; each row has a button that opens it, and city names select the city.
 */
export function PartnershipTable({
  dataset,
  partnerships,
  openRecord,
  onOpenRecord,
  onSelectCity,
}: Props) {
  const { t } = useTranslation('table');
  const words = useWords();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState<ColumnKey>>({ key: 'city', descending: false });

  const columns = useMemo(() => columnsFor(words), [words]);
  const rows = useMemo(() => {
    const name = (id: string, city: City | undefined) => (city ? words.cityName(city) : id);
    const list: Row[] = partnerships.map((partnership) => {
      const cityA = dataset.cityById.get(partnership.cityAId);
      const cityB = dataset.cityById.get(partnership.cityBId);
      return {
        partnership,
        cityA,
        cityB,
        nameA: name(partnership.cityAId, cityA),
        nameB: name(partnership.cityBId, cityB),
        type: words.term('partnershipType', partnership.type || 'partnership'),
        status: words.term('status', partnership.status),
        years: words.partnershipYears(partnership),
        themes: words.themes(partnership.themes),
      };
    });
    // Equal rows by their pair of cities.
    const order = (key: ColumnKey) => columns.find((column) => column.key === key)!.compare;
    const [city, partner] = [order('city'), order('partner')];
    return sortRows(list, columns, sort, (a, b) => city(a, b) || partner(a, b));
  }, [dataset, partnerships, columns, sort, words]);

  // All the partnerships with a city (name or local name) containing the query, in table order.
  const shown = useMemo(() => {
    if (!query.trim()) return rows;
    const found = new Set(searchPartnerships(dataset, partnerships, query, Infinity));
    return rows.filter((row) => found.has(row.partnership));
  }, [rows, dataset, partnerships, query]);

  if (partnerships.length === 0) return <p className="ranking empty">{t('partnerships.empty')}</p>;
  const openId = openRecord?.kind === 'partnership' ? openRecord.id : null;
  const city = (id: string, known: City | undefined) =>
    known ? <CityButton city={known} onSelectCity={onSelectCity} /> : id;

  return (
    <div className="ranking record-table">
      <TableSearch
        records="partnerships"
        query={query}
        onQuery={setQuery}
        shown={shown.length}
        total={partnerships.length}
      />
      <table>
        <caption>{t('partnerships.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('partnerships.column.open')}</span>
            </th>
            <SortableHeaderCells
              columns={columns}
              sort={sort}
              onSort={setSort}
              label={(key) => t(`partnerships.column.${key}`)}
            />
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            const { partnership } = row;
            const open = partnership.id === openId;
            return (
              <tr key={partnership.id} className={open ? 'selected' : undefined}>
                <td>
                  <button
                    type="button"
                    aria-label={t('partnerships.openLabel', { a: row.nameA, b: row.nameB })}
                    aria-current={open ? 'true' : undefined}
                    onClick={() => onOpenRecord({ kind: 'partnership', id: partnership.id })}
                  >
                    {t('partnerships.open')}
                  </button>
                </td>
                <th scope="row">{city(partnership.cityAId, row.cityA)}</th>
                <td>{city(partnership.cityBId, row.cityB)}</td>
                <td>{row.type}</td>
                <td>{row.status}</td>
                <td>{row.years}</td>
                <td>{row.themes}</td>
                <td>{partnership.programme}</td>
                <td>{partnership.funder}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
