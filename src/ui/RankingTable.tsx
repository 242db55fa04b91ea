import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkMetrics } from '../domain/metrics';
import type { NetworkNode } from '../domain/network';
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

const COLUMNS = [
  { key: 'name', numeric: false },
  { key: 'country', numeric: false },
  { key: 'partners', numeric: true },
  { key: 'records', numeric: true },
  { key: 'broker', numeric: true },
  { key: 'group', numeric: true },
] as const satisfies readonly { key: keyof Row; numeric: boolean }[];

type SortKey = (typeof COLUMNS)[number]['key'];

/** Marks of the sorted column's direction (hidden from screen readers, which read `aria-sort`). */
const DOWN = ' ▼';
const UP = ' ▲';

/** Cities and their measures in a sortable table: the accessible alternative to both drawings. */
export function RankingTable({ nodes, metrics, selectedCityId, onSelectCity }: Props) {
  const { t } = useTranslation('table');
  const words = useWords();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'partners',
    descending: true,
  });
  const rows = useMemo(() => {
    const list: Row[] = nodes.map((node) => {
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
    const { key, descending } = sort;
    const direction = descending ? -1 : 1;
    const { compare } = new Intl.Collator(words.language);
    return list.sort((a, b) => {
      const order =
        typeof a[key] === 'number'
          ? (a[key] as number) - (b[key] as number)
          : compare(String(a[key]), String(b[key]));
      return order * direction || compare(a.name, b.name);
    });
  }, [nodes, metrics, sort, words]);

  return (
    <div className="ranking">
      <table>
        <caption>{metrics.approximate ? t('captionApproximate') : t('caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                  className={column.numeric ? 'numeric' : undefined}
                >
                  <button
                    type="button"
                    onClick={() =>
                      setSort({
                        key: column.key,
                        descending: active ? !sort.descending : column.numeric,
                      })
                    }
                  >
                    {t(`column.${column.key}`)}
                    <span aria-hidden="true">{active ? (sort.descending ? DOWN : UP) : ''}</span>
                  </button>
                </th>
              );
            })}
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
