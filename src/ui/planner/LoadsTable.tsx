/** Japanese cities by the overseas partners they carry, in a sortable table. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerLoads, type Load, type PlanningIndex } from '../../domain/planner';
import { SortableHeaderCells, sortRows, type SortColumn, type SortState } from '../TableParts';
import { useWords } from '../wording';
import { CityButton, nameOfCity } from '../cities';

interface Props {
  index: PlanningIndex;
  onSelectCity(cityId: string): void;
}

type ColumnKey = 'city' | 'partners';

/** The loads table; a sentence when the view has no Japanese city. */
export function LoadsTable({ index, onSelectCity }: Props) {
  const { t } = useTranslation('planner');
  const words = useWords();
  const { dataset } = index;
  const loads = useMemo(() => partnerLoads(index), [index]);
  const [sort, setSort] = useState<SortState<ColumnKey>>({ key: 'partners', descending: true });
  const rows = useMemo(() => {
    const { compare } = new Intl.Collator(words.language);
    const list = loads.map((load) => ({ load, name: nameOfCity(dataset, words, load.cityId) }));
    const columns: SortColumn<{ load: Load; name: string }, ColumnKey>[] = [
      { key: 'city', compare: (a, b) => compare(a.name, b.name) },
      { key: 'partners', numeric: true, compare: (a, b) => a.load.partners - b.load.partners },
    ];
    return sortRows(list, columns, sort, (a, b) => compare(a.name, b.name));
  }, [loads, dataset, words, sort]);

  if (loads.length === 0) return <p>{t('pane.loads.empty')}</p>;
  return (
    <table className="planner-table">
      <caption>{t('pane.loads.caption')}</caption>
      <thead>
        <tr>
          <SortableHeaderCells
            columns={[{ key: 'city' }, { key: 'partners', numeric: true }]}
            sort={sort}
            onSort={setSort}
            label={(key) => t(`pane.loads.column.${key}`)}
          />
        </tr>
      </thead>
      <tbody>
        {rows.map(({ load, name }) => {
          const city = dataset.cityById.get(load.cityId);
          return (
            <tr key={load.cityId}>
              <th scope="row">
                {city ? <CityButton city={city} onSelectCity={onSelectCity} /> : name}
              </th>
              <td className="numeric">{words.number(load.partners)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
