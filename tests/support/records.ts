/** Factories for domain records in tests: neutral defaults, overridden field by field. */
import type { City, Partnership, Workshop } from '../../src/domain/types';

/** A city with empty text, no population and coordinates 0, 0 in Japan, plus `overrides`. */
export function makeCity(overrides: Partial<City> & { id: string }): City {
  return {
    name: '',
    localName: '',
    country: 'JP',
    region: '',
    lat: 0,
    lon: 0,
    kind: '',
    population: null,
    source: '',
    notes: '',
    extra: {},
    ...overrides,
  };
}

/** A workshop on 2019-01-01 with no cities, themes or organisers, plus `overrides`. */
export function makeWorkshop(overrides: Partial<Workshop> & { id: string }): Workshop {
  return {
    title: '',
    themes: [],
    startDate: '2019-01-01',
    endDate: '',
    hostCityIds: [],
    participantCityIds: [],
    resourceCityIds: [],
    participants: null,
    organisers: [],
    funder: '',
    programme: '',
    url: '',
    source: '',
    notes: '',
    extra: {},
    ...overrides,
  };
}

/** An active partnership with no themes or years, plus `overrides` (which name its two cities). */
export function makePartnership(
  overrides: Partial<Partnership> & { id: string; cityAId: string; cityBId: string },
): Partnership {
  return {
    themes: [],
    startYear: null,
    endYear: null,
    type: '',
    status: 'active',
    programme: '',
    funder: '',
    description: '',
    source: '',
    notes: '',
    extra: {},
    ...overrides,
  };
}
