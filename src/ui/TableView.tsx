import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset';
import type { NetworkMetrics } from '../domain/metrics';
import type { NetworkNode } from '../domain/network';
import type { RecordSlice } from '../domain/records';
import { TABLE_KINDS, type RecordRef, type TableKind } from '../state/vocabulary';
import { PartnershipTable } from './PartnershipTable';
import { RankingTable } from './RankingTable';
import { WorkshopTable } from './WorkshopTable';

interface Props {
  table: TableKind;
  onTable(table: TableKind): void;
  /** The cities of the current network, for the ranking table. */
  nodes: readonly NetworkNode[];
  metrics: NetworkMetrics;
  selectedCityId: string | null;
  onSelectCity(cityId: string): void;
  dataset: Dataset;
  /** The workshops and partnerships of the current filters. */
  slice: RecordSlice;
  openRecord: RecordRef | null;
  onOpenRecord(ref: RecordRef): void;
}

/** The keys that move between tabs, and where each goes from tab `index` of `count`. */
const MOVES = new Map<string, (index: number, count: number) => number>([
  ['ArrowRight', (index, count) => (index + 1) % count],
  ['ArrowLeft', (index, count) => (index - 1 + count) % count],
  ['Home', () => 0],
  ['End', (_index, count) => count - 1],
]);

/**
 * The table view: tabs for the cities, the workshops and the partnerships of the current
 * filters, each labelled with its count; arrow keys, Home and End move between the tabs.
 */
export function TableView(props: Props) {
  const { table, onTable, dataset, slice, openRecord, onOpenRecord, onSelectCity } = props;
  const { t } = useTranslation('table');
  const id = useId();
  const tabs = useRef(new Map<TableKind, HTMLButtonElement>());
  const counts: { [Kind in TableKind]: number } = {
    cities: props.nodes.length,
    workshops: slice.workshops.length,
    partnerships: slice.partnerships.length,
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES.get(event.key);
    if (!move) return;
    event.preventDefault();
    // Tabs follow focus (automatic activation): each panel is quick to show.
    const next = TABLE_KINDS[move(TABLE_KINDS.indexOf(table), TABLE_KINDS.length)]!;
    onTable(next);
    tabs.current.get(next)?.focus();
  };

  return (
    <div className="table-view">
      <div role="tablist" aria-label={t('tabs.label')} className="table-tabs" onKeyDown={onKeyDown}>
        {TABLE_KINDS.map((kind) => (
          <button
            key={kind}
            ref={(element) => {
              if (element) tabs.current.set(kind, element);
              else tabs.current.delete(kind);
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${kind}`}
            aria-selected={kind === table}
            // Only the chosen tab's panel is in the page, so only that tab points to one.
            aria-controls={kind === table ? `${id}-panel-${kind}` : undefined}
            tabIndex={kind === table ? 0 : -1}
            onClick={() => onTable(kind)}
          >
            {t(`tabs.${kind}`, { count: counts[kind] })}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-${table}`}
        aria-labelledby={`${id}-tab-${table}`}
        className="table-panel"
      >
        {table === 'cities' && (
          <RankingTable
            nodes={props.nodes}
            metrics={props.metrics}
            selectedCityId={props.selectedCityId}
            onSelectCity={onSelectCity}
          />
        )}
        {table === 'workshops' && (
          <WorkshopTable
            dataset={dataset}
            workshops={slice.workshops}
            openRecord={openRecord}
            onOpenRecord={onOpenRecord}
            onSelectCity={onSelectCity}
          />
        )}
        {table === 'partnerships' && (
          <PartnershipTable
            dataset={dataset}
            partnerships={slice.partnerships}
            openRecord={openRecord}
            onOpenRecord={onOpenRecord}
            onSelectCity={onSelectCity}
          />
        )}
      </div>
    </div>
  );
}
