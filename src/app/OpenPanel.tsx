/** The panel beside the views: the open city, workshop, partnership or link, whichever is open. */
import type { Dataset } from '../domain/dataset';
import type { Network, NetworkNode } from '../domain/network';
import type { CityInsight } from '../domain/profile';
import type { AppState } from '../state/store';
import { CityProfilePanel } from '../ui/CityProfilePanel';
import { LinkRecordsPanel } from '../ui/LinkRecordsPanel';
import { PartnershipProfilePanel } from '../ui/PartnershipProfilePanel';
import { WorkshopProfilePanel } from '../ui/WorkshopProfilePanel';
import type { StateActions } from './useStateActions';

interface Props {
  dataset: Dataset;
  network: Network;
  state: Pick<AppState, 'selectedCityId' | 'record' | 'openLinkId'>;
  /** The selected city's node in the network, and what is worth telling about it. */
  selectedNode: NetworkNode | undefined;
  insights: readonly CityInsight[];
  actions: Pick<StateActions, 'selectCity' | 'openRecord' | 'closeAll'>;
}

/** Shows the one thing that is open (the reducer keeps it to one), or nothing. */
export function OpenPanel({ dataset, network, state, selectedNode, insights, actions }: Props) {
  const { selectedCityId, record, openLinkId } = state;
  if (selectedCityId)
    return (
      <CityProfilePanel
        dataset={dataset}
        node={selectedNode}
        cityId={selectedCityId}
        insights={insights}
        onSelectCity={actions.selectCity}
        onOpenRecord={actions.openRecord}
        onClose={actions.closeAll}
      />
    );
  if (record?.kind === 'workshop')
    return (
      <WorkshopProfilePanel
        dataset={dataset}
        workshopId={record.id}
        onSelectCity={actions.selectCity}
        onClose={actions.closeAll}
      />
    );
  if (record?.kind === 'partnership')
    return (
      <PartnershipProfilePanel
        dataset={dataset}
        partnershipId={record.id}
        onSelectCity={actions.selectCity}
        onClose={actions.closeAll}
      />
    );
  if (openLinkId)
    return (
      <LinkRecordsPanel
        dataset={dataset}
        edge={network.edges.find((edge) => edge.id === openLinkId)}
        onOpenRecord={actions.openRecord}
        onSelectCity={actions.selectCity}
        onClose={actions.closeAll}
      />
    );
  return null;
}
