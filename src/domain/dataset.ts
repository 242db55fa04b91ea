/** The loaded data with the indexes every view needs. */
import type { City, Partnership, Workshop, WorkshopRole } from './types';

/** A workshop together with the role a given city played in it. */
export interface WorkshopInvolvement {
  workshop: Workshop;
  role: WorkshopRole;
}

/** Cities, workshops and partnerships, indexed by city. Built once per load by `createDataset`. */
export interface Dataset {
  readonly cities: readonly City[];
  readonly workshops: readonly Workshop[];
  readonly partnerships: readonly Partnership[];
  readonly cityById: ReadonlyMap<string, City>;
  /** Every workshop a city took part in, with its role (a city has one role per workshop). */
  readonly workshopsByCity: ReadonlyMap<string, readonly WorkshopInvolvement[]>;
  readonly partnershipsByCity: ReadonlyMap<string, readonly Partnership[]>;
  readonly workshopById: ReadonlyMap<string, Workshop>;
  readonly partnershipById: ReadonlyMap<string, Partnership>;
}

/** Roles in order of precedence: a city listed as host and participant counts as host. */
const ROLE_LISTS: readonly [WorkshopRole, (w: Workshop) => readonly string[]][] = [
  ['host', (w) => w.hostCityIds],
  ['participant', (w) => w.participantCityIds],
  ['resource', (w) => w.resourceCityIds],
];

/** Builds a `Dataset`; the records must already be valid (ids unique, references resolved). */
export function createDataset(
  cities: readonly City[],
  workshops: readonly Workshop[],
  partnerships: readonly Partnership[],
): Dataset {
  const cityById = new Map<string, City>();
  for (const city of cities) cityById.set(city.id, city);
  const workshopsByCity = new Map<string, WorkshopInvolvement[]>();
  const partnershipsByCity = new Map<string, Partnership[]>();

  for (const workshop of workshops) {
    const seen = new Set<string>();
    for (const [role, ids] of ROLE_LISTS) {
      for (const cityId of ids(workshop)) {
        if (seen.has(cityId)) continue;
        seen.add(cityId);
        push(workshopsByCity, cityId, { workshop, role });
      }
    }
  }
  for (const partnership of partnerships) {
    push(partnershipsByCity, partnership.cityAId, partnership);
    push(partnershipsByCity, partnership.cityBId, partnership);
  }
  return {
    cities,
    workshops,
    partnerships,
    cityById,
    workshopsByCity,
    partnershipsByCity,
    workshopById: new Map(workshops.map((workshop) => [workshop.id, workshop])),
    partnershipById: new Map(partnerships.map((partnership) => [partnership.id, partnership])),
  };
}

/** The cities of `ids` the dataset knows, in order; ids it lacks are left out. */
export function citiesOf(dataset: Dataset, ids: readonly string[]): City[] {
  return ids.flatMap((id) => dataset.cityById.get(id) ?? []);
}

/** An empty dataset, for a load that found nothing usable. */
export const EMPTY_DATASET: Dataset = createDataset([], [], []);

function push<T>(index: Map<string, T[]>, key: string, value: T): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}
