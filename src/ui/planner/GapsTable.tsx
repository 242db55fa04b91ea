/**
 * The gaps: overseas cities that took part in workshops but have no Japanese partner, each with
 * its best Japanese candidate, in a sortable table with a button to draft the pair.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../domain/drafts';
import {
  partnershipGaps,
  type Gap,
  type PlanOptions,
  type PlanningIndex,
} from '../../domain/planner';
import { SortableHeaderCells, sortRows, type SortColumn, type SortState } from '../TableParts';
import { useWords, type Words } from '../wording';
import { DraftButton } from './DraftButton';
import { hasDraft, themesOf } from './pairs';
import { formatScore } from './ScoreBar';
import { CityButton, nameOfCity } from '../cities';

interface Props {
  index: PlanningIndex;
  options: PlanOptions;
  drafts: readonly Draft[];
  onAddDraft(cityAId: string, cityBId: string, themes: string[]): void;
  onSelectCity(cityId: string): void;
}

/** A gap with what its cells show and sort by, worded once per language. */
interface Row {
  gap: Gap;
  name: string;
  country: string;
  /** The best candidate's name; empty when there is none. */
  best: string;
}

type ColumnKey = 'city' | 'country' | 'workshops' | 'best' | 'score';

/** The columns' order rules, in the reader's collation; rows without a candidate sort last. */
function columnsFor(words: Words): SortColumn<Row, ColumnKey>[] {
  const { compare } = new Intl.Collator(words.language);
  return [
    { key: 'city', compare: (a, b) => compare(a.name, b.name) },
    { key: 'country', compare: (a, b) => compare(a.country, b.country) },
    { key: 'workshops', numeric: true, compare: (a, b) => a.gap.workshops - b.gap.workshops },
    { key: 'best', compare: (a, b) => compare(a.best, b.best), missing: (row) => !row.gap.best },
    {
      key: 'score',
      numeric: true,
      compare: (a, b) => (a.gap.best?.score ?? 0) - (b.gap.best?.score ?? 0),
      missing: (row) => !row.gap.best,
    },
  ];
}

/** The gaps table; a sentence when every overseas workshop city has a Japanese partner. */
export function GapsTable({ index, options, drafts, onAddDraft, onSelectCity }: Props) {
  const { t } = useTranslation(['planner', 'records']);
  const words = useWords();
  const { dataset } = index;
  const gaps = useMemo(() => partnershipGaps(index, options), [index, options]);
  const [sort, setSort] = useState<SortState<ColumnKey>>({ key: 'workshops', descending: true });
  const columns = useMemo(() => columnsFor(words), [words]);
  const rows = useMemo(() => {
    const { compare } = new Intl.Collator(words.language);
    const list: Row[] = gaps.map((gap) => {
      const city = dataset.cityById.get(gap.cityId);
      return {
        gap,
        name: nameOfCity(dataset, words, gap.cityId),
        country: city ? words.country(city.country) : '',
        best: gap.best ? nameOfCity(dataset, words, gap.best.cityId) : '',
      };
    });
    return sortRows(list, columns, sort, (a, b) => compare(a.name, b.name));
  }, [gaps, dataset, words, columns, sort]);

  if (gaps.length === 0) return <p>{t('pane.gaps.empty')}</p>;
  return (
    <table className="planner-table">
      <caption>{t('pane.gaps.caption')}</caption>
      <thead>
        <tr>
          <SortableHeaderCells
            columns={columns}
            sort={sort}
            onSort={setSort}
            label={(key) => t(`pane.gaps.column.${key}`)}
          />
          <th scope="col">{t('pane.gaps.column.draft')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ gap, name, country }) => {
          const city = dataset.cityById.get(gap.cityId);
          const bestCity = gap.best && dataset.cityById.get(gap.best.cityId);
          const best = gap.best;
          return (
            <tr key={gap.cityId}>
              <th scope="row">
                {city ? <CityButton city={city} onSelectCity={onSelectCity} /> : name}
              </th>
              <td>{country}</td>
              <td className="numeric">{words.number(gap.workshops)}</td>
              <td>
                {best === null ? (
                  t('pane.gaps.noCandidate')
                ) : bestCity ? (
                  <CityButton city={bestCity} onSelectCity={onSelectCity} />
                ) : (
                  best.cityId
                )}
              </td>
              <td className="numeric">{best && formatScore(best.score, words.language)}</td>
              <td>
                {best && (
                  <DraftButton
                    drafted={hasDraft(drafts, gap.cityId, best.cityId)}
                    pair={t('records:pair', {
                      a: name,
                      b: nameOfCity(dataset, words, best.cityId),
                    })}
                    onAdd={() => onAddDraft(gap.cityId, best.cityId, themesOf(best))}
                  />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
