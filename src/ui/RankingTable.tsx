import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkMetrics } from '../domain/metrics';
import type { NetworkNode } from '../domain/network';
import { SortableHeaderCells, sortRows, type SortColumn, type SortState } from './TableParts';
import { useWords } from './wording';

interface Props {
  nodes: readonly NetworkNode[];
  metrics: NetworkMetrics;
  selectedCityId: string | null;
  onSelectCity(cityId: string): void;
}

interface Row {
  id: string;
  /** The name the reader knows the city by. */
  name: string;
  /** Its English name, when `name` is another (a Japanese local name). */
  english: string | null;
  country: string;
  partners: number;
  records: number;
  broker: number;
  group: number;
}

type SortKey = 'name' | 'country' | 'partners' | 'records' | 'broker' | 'group';

/** The table's columns; names and countries in the reader's collation, measures as numbers. */
function columns(compare: (a: string, b: string) => number): SortColumn<Row, SortKey>[] {
  const text = (key: 'name' | 'country') => ({
    key,
    compare: (a: Row, b: Row) => compare(a[key], b[key]),
  });
  const count = (key: 'partners' | 'records' | 'broker' | 'group') => ({
    key,
    numeric: true,
    compare: (a: Row, b: Row) => a[key] - b[key],
  });
  return [
    text('name'),
    text('country'),
    count('partners'),
    count('records'),
    count('broker'),
    count('group'),
  ];
}

/** Cities and their measures in a sortable table: the accessible alternative to both drawings. */
export function RankingTable({ nodes, metrics, selectedCityId, onSelectCity }: Props) {
  const { t } = useTranslation('table');
  const words = useWords();
  const { compare } = useMemo(() => new Intl.Collator(words.language), [words.language]);
  const sortable = useMemo(() => columns(compare), [compare]);
  const [sort, setSort] = useState<SortState<SortKey>>({
    key: 'partners',
    descending: true,
  });
  const rows = useMemo(() => {
    // Cities drawn faded outside the filtered slice are not in it: the table lists the slice.
    const list: Row[] = nodes
      .flatMap((node) => (node.outside ? [] : [node]))
      .map((node) => {
        const m = metrics.byCity.get(node.id);
        const name = words.cityName(node.city);
        return {
          id: node.id,
          name,
          english: name === node.city.name ? null : node.city.name,
          country: words.country(node.city.country),
          partners: m?.degree ?? 0,
          records: m?.weightedDegree ?? 0,
          broker: Math.round((m?.betweenness ?? 0) * 100),
          group: (m?.community ?? 0) + 1,
        };
      });
    return sortRows(list, sortable, sort, (a, b) => compare(a.name, b.name));
  }, [nodes, metrics, sort, sortable, compare, words]);

  return (
    <div className="ranking">
      <table>
        <caption>{metrics.approximate ? t('captionApproximate') : t('caption')}</caption>
        <thead>
          <tr>
            <SortableHeaderCells
              columns={sortable}
              sort={sort}
              onSort={setSort}
              label={(key) => t(`column.${key}`)}
            />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.id === selectedCityId ? 'selected' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-current={row.id === selectedCityId ? 'true' : undefined}
                  onClick={() => onSelectCity(row.id)}
                >
                  {row.name}
                </button>
                {row.english && (
                  <span className="local-name" lang="en">
                    {t('otherName', { name: row.english })}
                  </span>
                )}
              </th>
              <td>{row.country}</td>
              <td className="numeric">{words.number(row.partners)}</td>
              <td className="numeric">{words.number(row.records)}</td>
              <td className="numeric">{words.number(row.broker)}</td>
              <td className="numeric">{words.number(row.group)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
