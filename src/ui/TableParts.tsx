/**
 * What the record tables share: sorting by any column (the columns' order rules, the sort a
 * click on a header gives, the header cells with their `aria-sort`), the search box with its
 * count line. City names as buttons are in `cities.tsx`.
 */
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** One sortable column of a table of `Row`s. */
export interface SortColumn<Row, Key extends string> {
  key: Key;
  /** Counts: right-aligned, and sorted largest first on the first click. */
  numeric?: boolean;
  /** The ascending order of two rows that both have a value here (see `missing`). */
  compare(a: Row, b: Row): number;
  /** True when a row has no value here: such rows go last, whichever the direction. */
  missing?(row: Row): boolean;
}

/** The column a table is sorted by, and its direction. */
export interface SortState<Key extends string> {
  key: Key;
  descending: boolean;
}

/** The sort after a click on `column`: the other direction of the same column, or a new one. */
export function nextSort<Key extends string>(
  sort: SortState<Key>,
  column: { key: Key; numeric?: boolean },
): SortState<Key> {
  return sort.key === column.key
    ? { key: column.key, descending: !sort.descending }
    : { key: column.key, descending: Boolean(column.numeric) };
}

/**
 * `rows` sorted by `sort` (a new array): rows without a value last, ties broken by `tieBreak`
 * in its own (ascending) order, so equal rows keep a stable, meaningful order.
 */
export function sortRows<Row, Key extends string>(
  rows: readonly Row[],
  columns: readonly SortColumn<Row, Key>[],
  sort: SortState<Key>,
  tieBreak: (a: Row, b: Row) => number,
): Row[] {
  const column = columns.find((c) => c.key === sort.key);
  if (!column) return [...rows].sort(tieBreak);
  const direction = sort.descending ? -1 : 1;
  const missing = column.missing ?? (() => false);
  return [...rows].sort((a, b) => {
    const noA = missing(a);
    const noB = missing(b);
    if (noA !== noB) return noA ? 1 : -1;
    const order = noA ? 0 : column.compare(a, b) * direction;
    return order || tieBreak(a, b);
  });
}

/** Marks of the sorted column's direction (hidden from screen readers, which read `aria-sort`). */
const DOWN = ' ▼';
const UP = ' ▲';

interface HeaderProps<Key extends string> {
  columns: readonly { key: Key; numeric?: boolean }[];
  sort: SortState<Key>;
  onSort(sort: SortState<Key>): void;
  /** The header's words for a column. */
  label(key: Key): string;
}

/** The header cells of sortable columns: each a button that sorts by it, then reverses. */
export function SortableHeaderCells<Key extends string>({
  columns,
  sort,
  onSort,
  label,
}: HeaderProps<Key>) {
  return columns.map((column) => {
    const active = sort.key === column.key;
    return (
      <th
        key={column.key}
        scope="col"
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
        className={column.numeric ? 'numeric' : undefined}
      >
        <button type="button" onClick={() => onSort(nextSort(sort, column))}>
          {label(column.key)}
          <span aria-hidden="true">{active ? (sort.descending ? DOWN : UP) : ''}</span>
        </button>
      </th>
    );
  });
}

interface SearchProps {
  /** The table's words in the `table` namespace: its search label and count lines. */
  records: 'workshops' | 'partnerships';
  query: string;
  onQuery(query: string): void;
  /** Rows the search keeps, and rows in all. */
  shown: number;
  total: number;
}

/**
 * A search box over a table's rows, and the count line that says how many it shows: all of
 * them, or how many of them match while something is searched for.
 */
export function TableSearch({ records, query, onQuery, shown, total }: SearchProps) {
  const { t } = useTranslation('table');
  const label = t(`${records}.search`);
  const count = query.trim()
    ? t(`${records}.matching`, { shown, count: total })
    : t(`${records}.count`, { count: total });
  const id = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && query) {
      // Clears the search only; the app-wide Escape (close what is open) is for an empty box.
      event.stopPropagation();
      onQuery('');
    }
  };
  return (
    <div className="table-search">
      <label htmlFor={id}>{label}</label>{' '}
      <input
        id={id}
        type="search"
        autoComplete="off"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="count" role="status">
        {count}
      </p>
    </div>
  );
}
