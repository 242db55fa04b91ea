/** The loaded data with the indexes every view needs. */
import type { City, Partnership, Workshop, WorkshopRole } from './types';

/** A workshop together with the role a given city played in it. */
export interface WorkshopInvolvement {
  workshop: Workshop;
  role: WorkshopRole;
}

/**
 * Cities, workshops and partnerships, indexed by city. Built once per load by `createDataset`, or
 * by a `DatasetBuilder` from a load that arrives in parts.
 */
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
  const builder = new DatasetBuilder();
  builder.addCities(cities);
  builder.addWorkshops(workshops);
  builder.addPartnerships(partnerships);
  return builder.build();
}

/**
 * Builds a `Dataset` from records given a slice at a time, indexing each slice as it comes: a
 * load that reaches the page in parts is indexed in as many short tasks, not one long one. Gives
 * what `createDataset` gives for the same records in the same order.
 */
export class DatasetBuilder {
  private readonly cities: City[] = [];
  private readonly workshops: Workshop[] = [];
  private readonly partnerships: Partnership[] = [];
  private readonly cityById = new Map<string, City>();
  private readonly workshopsByCity = new Map<string, WorkshopInvolvement[]>();
  private readonly partnershipsByCity = new Map<string, Partnership[]>();
  private readonly workshopById = new Map<string, Workshop>();
  private readonly partnershipById = new Map<string, Partnership>();

  addCities(cities: readonly City[]): void {
    for (const city of cities) {
      this.cities.push(city);
      this.cityById.set(city.id, city);
    }
  }

  addWorkshops(workshops: readonly Workshop[]): void {
    for (const workshop of workshops) {
      this.workshops.push(workshop);
      this.workshopById.set(workshop.id, workshop);
      const seen = new Set<string>();
      for (const [role, ids] of ROLE_LISTS) {
        for (const cityId of ids(workshop)) {
          if (seen.has(cityId)) continue;
          seen.add(cityId);
          push(this.workshopsByCity, cityId, { workshop, role });
        }
      }
    }
  }

  addPartnerships(partnerships: readonly Partnership[]): void {
    for (const partnership of partnerships) {
      this.partnerships.push(partnership);
      this.partnershipById.set(partnership.id, partnership);
      push(this.partnershipsByCity, partnership.cityAId, partnership);
      push(this.partnershipsByCity, partnership.cityBId, partnership);
    }
  }

  /** The dataset of every record added; the builder is not to be used after. */
  build(): Dataset {
    return {
      cities: this.cities,
      workshops: this.workshops,
      partnerships: this.partnerships,
      cityById: this.cityById,
      workshopsByCity: this.workshopsByCity,
      partnershipsByCity: this.partnershipsByCity,
      workshopById: this.workshopById,
      partnershipById: this.partnershipById,
    };
  }
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
