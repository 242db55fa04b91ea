import { useMemo, useState } from 'react';
import { countryName } from '../domain/countries';
import type { NetworkMetrics } from '../domain/metrics';
import type { NetworkNode } from '../domain/network';

interface Props {
  nodes: readonly NetworkNode[];
  metrics: NetworkMetrics;
  selectedCityId: string | null;
  onSelectCity(cityId: string): void;
}

interface Row {
  id: string;
  name: string;
  country: string;
  partners: number;
  records: number;
  broker: number;
  group: number;
}

const COLUMNS = [
  { key: 'name', label: 'City', numeric: false },
  { key: 'country', label: 'Country', numeric: false },
  { key: 'partners', label: 'Partner cities', numeric: true },
  { key: 'records', label: 'Records', numeric: true },
  { key: 'broker', label: 'Go-between score', numeric: true },
  { key: 'group', label: 'Group', numeric: true },
] as const satisfies readonly { key: keyof Row; label: string; numeric: boolean }[];

type SortKey = (typeof COLUMNS)[number]['key'];

/** Cities and their measures in a sortable table: the accessible alternative to both drawings. */
export function RankingTable({ nodes, metrics, selectedCityId, onSelectCity }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'partners',
    descending: true,
  });
  const rows = useMemo(() => {
    const list: Row[] = nodes.map((node) => {
      const m = metrics.byCity.get(node.id);
      return {
        id: node.id,
        name: node.city.name,
        country: countryName(node.city.country),
        partners: m?.degree ?? 0,
        records: m?.weightedDegree ?? 0,
        broker: Math.round((m?.betweenness ?? 0) * 100),
        group: (m?.community ?? 0) + 1,
      };
    });
    const { key, descending } = sort;
    const direction = descending ? -1 : 1;
    return list.sort((a, b) => {
      const order =
        typeof a[key] === 'number'
          ? (a[key] as number) - (b[key] as number)
          : String(a[key]).localeCompare(String(b[key]));
      return order * direction || a.name.localeCompare(b.name);
    });
  }, [nodes, metrics, sort]);

  return (
    <div className="ranking">
      <table>
        <caption>
          Cities by their place in the network
          {metrics.approximate ? ' (go-between scores estimated from a sample)' : ''}. Go-between
          score: how often the city lies on the shortest path between two others, 0–100.
        </caption>
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
                    {column.label}
                    <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
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
              </th>
              <td>{row.country}</td>
              <td className="numeric">{row.partners}</td>
              <td className="numeric">{row.records}</td>
              <td className="numeric">{row.broker}</td>
              <td className="numeric">{row.group}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
