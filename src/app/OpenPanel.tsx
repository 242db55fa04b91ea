/** The panel beside the views: the open city, workshop, partnership or link, whichever is open. */
import type { Dataset } from '../domain/dataset';
import type { Network, NetworkNode } from '../domain/network';
import type { CityInsight } from '../domain/profile';
import { pairRecords, type RecordSlice } from '../domain/records';
import type { AppState } from '../state/store';
import { CityProfilePanel } from '../ui/CityProfilePanel';
import { LinkRecordsPanel } from '../ui/LinkRecordsPanel';
import { PartnershipProfilePanel } from '../ui/PartnershipProfilePanel';
import { SuggestedPartners } from '../ui/SuggestedPartners';
import { WorkshopProfilePanel } from '../ui/WorkshopProfilePanel';
import type { DraftsStore } from './useDrafts';
import type { Planner } from './usePlanner';
import type { StateActions } from './useStateActions';

interface Props {
  /** What the views show: the data with the planner's drafts (a draft opens as a partnership). */
  dataset: Dataset;
  /** The data as loaded, without the drafts: what a city's profile tells. */
  loaded: Dataset;
  network: Network;
  /** The records of the current filters: an open record outside them says so. */
  slice: RecordSlice;
  state: Pick<AppState, 'selectedCityId' | 'record' | 'openLinkId' | 'planOptions'>;
  /** The selected city's node in the network, and what is worth telling about it. */
  selectedNode: NetworkNode | undefined;
  insights: readonly CityInsight[];
  actions: Pick<StateActions, 'selectCity' | 'openRecord' | 'closeAll'>;
  /** For the city's suggested partners. */
  planner: Planner;
  drafts: DraftsStore;
}

/** Shows the one thing that is open (the reducer keeps it to one), or nothing. */
export function OpenPanel({
  dataset,
  loaded,
  network,
  slice,
  state,
  selectedNode,
  insights,
  actions,
  planner,
  drafts,
}: Props) {
  const { selectedCityId, record, openLinkId } = state;
  if (selectedCityId)
    return (
      <CityProfilePanel
        dataset={loaded}
        node={selectedNode}
        cityId={selectedCityId}
        insights={insights}
        onSelectCity={actions.selectCity}
        onOpenRecord={actions.openRecord}
        onClose={actions.closeAll}
        suggestions={
          planner.index && (
            <SuggestedPartners
              index={planner.index}
              cityId={selectedCityId}
              options={state.planOptions}
              drafts={drafts.drafts}
              onAddDraft={planner.addDraft}
              onOpenRecord={actions.openRecord}
              onSelectCity={actions.selectCity}
            />
          )
        }
      />
    );
  if (record?.kind === 'workshop')
    return (
      <WorkshopProfilePanel
        dataset={dataset}
        workshopId={record.id}
        inView={slice.workshops.some((workshop) => workshop.id === record.id)}
        onSelectCity={actions.selectCity}
        onClose={actions.closeAll}
      />
    );
  if (record?.kind === 'partnership')
    return (
      <PartnershipProfilePanel
        dataset={dataset}
        partnershipId={record.id}
        inView={
          // A draft is not a record of the data, but it is drawn whatever the filters.
          dataset.partnershipById.get(record.id)?.draft === true ||
          slice.partnerships.some((partnership) => partnership.id === record.id)
        }
        onSelectCity={actions.selectCity}
        onClose={actions.closeAll}
      />
    );
  if (openLinkId)
    return (
      <LinkRecordsPanel
        dataset={dataset}
        pair={pairRecords(network, openLinkId) ?? undefined}
        onOpenRecord={actions.openRecord}
        onSelectCity={actions.selectCity}
        onClose={actions.closeAll}
      />
    );
  return null;
}
