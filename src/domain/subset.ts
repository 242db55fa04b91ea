/** The part of a dataset a filter state keeps, for exporting what the user sees. */
import { createDataset, type Dataset } from './dataset';
import type { Filters } from './filters';
import type { Network } from './network';
import { recordsInSlice } from './records';

/**
 * The records of the slice (`recordsInSlice`: passing the filters, of a kind in view, touching a
 * chosen country if any), and the
 * cities shown in `network` plus every city those records name, so the subset loads cleanly.
 */
export function filteredDataset(dataset: Dataset, filters: Filters, network: Network): Dataset {
  const { workshops, partnerships } = recordsInSlice(dataset, filters);
  const cityIds = new Set(network.nodes.map((node) => node.id));
  for (const p of partnerships) cityIds.add(p.cityAId).add(p.cityBId);
  for (const w of workshops) {
    for (const id of [...w.hostCityIds, ...w.participantCityIds, ...w.resourceCityIds])
      cityIds.add(id);
  }
  return createDataset(
    dataset.cities.filter((city) => cityIds.has(city.id)),
    workshops,
    partnerships,
  );
}
