/** The part of a dataset a filter state keeps, for exporting what the user sees. */
import { createDataset, type Dataset } from './dataset';
import { recordFilter, type Filters } from './filters';
import type { Network } from './network';

/**
 * The records that pass `filters` (of a kind in view, touching a chosen country if any), and the
 * cities shown in `network` plus every city those records name, so the subset loads cleanly.
 */
export function filteredDataset(dataset: Dataset, filters: Filters, network: Network): Dataset {
  const keep = recordFilter(filters);
  const countries = new Set(filters.countries);
  const touches = (ids: readonly string[]) =>
    countries.size === 0 ||
    ids.some((id) => countries.has(dataset.cityById.get(id)?.country ?? ''));
  const kinds = new Set(filters.edgeKinds);
  const partnerships = kinds.has('partnership')
    ? dataset.partnerships.filter((p) => keep.partnership(p) && touches([p.cityAId, p.cityBId]))
    : [];
  const workshops =
    kinds.has('workshop') || kinds.has('co-attendance')
      ? dataset.workshops.filter(
          (w) =>
            keep.workshop(w) &&
            touches([...w.hostCityIds, ...w.participantCityIds, ...w.resourceCityIds]),
        )
      : [];
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
