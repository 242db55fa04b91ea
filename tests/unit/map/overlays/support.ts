/** A small network and a fake map that records what an overlay asks of it. */
import { DEFAULT_CITY_STYLE } from '../../../../src/domain/cityStyle';
import { createDataset, type Dataset } from '../../../../src/domain/dataset';
import { DEFAULT_FILTERS } from '../../../../src/domain/filters';
import { buildNetwork } from '../../../../src/domain/network';
import { themePalette } from '../../../../src/domain/palette';
import type { OverlayMap, OverlayModel } from '../../../../src/map/overlays/overlay';
import { makeCity, makePartnership, makeWorkshop } from '../../../support/records';

/** One call an overlay made, by name, with its arguments. */
export interface Call {
  op: keyof OverlayMap;
  args: unknown[];
}

/** A map that records every call; `take()` returns the calls so far and forgets them. */
export function fakeMap(): { map: OverlayMap; take(): Call[] } {
  let calls: Call[] = [];
  const record =
    (op: keyof OverlayMap) =>
    (...args: unknown[]) => {
      calls.push({ op, args });
    };
  return {
    map: {
      setData: record('setData'),
      setFilter: record('setFilter'),
      setPaintProperty: record('setPaintProperty'),
      setFeatureState: record('setFeatureState'),
      removeFeatureState: record('removeFeatureState'),
    },
    take() {
      const taken = calls;
      calls = [];
      return taken;
    },
  };
}

/**
 * Osaka hosts a workshop (2019) for Bandung and Cebu, who thereby co-attend; Osaka and Bandung
 * are partners since 2015 on waste; Osaka and Hue propose a partnership. Coordinates `[lon, lat]`.
 */
export function sampleDataset(osakaLon = 135.5): Dataset {
  return createDataset(
    [
      makeCity({ id: 'osaka', name: 'Osaka', lon: osakaLon, lat: 34.7 }),
      makeCity({ id: 'bandung', name: 'Bandung', country: 'ID', lon: 107.6, lat: -6.9 }),
      makeCity({ id: 'cebu', name: 'Cebu', country: 'PH', lon: 123.9, lat: 10.3 }),
      makeCity({ id: 'hue', name: 'Hue', country: 'VN', lon: 107.6, lat: 16.5 }),
    ],
    [
      makeWorkshop({
        id: 'w1',
        themes: ['energy'],
        startDate: '2019-05-01',
        hostCityIds: ['osaka'],
        participantCityIds: ['bandung', 'cebu'],
      }),
    ],
    [
      makePartnership({
        id: 'p1',
        cityAId: 'osaka',
        cityBId: 'bandung',
        themes: ['waste'],
        startYear: 2015,
      }),
      makePartnership({ id: 'p2', cityAId: 'osaka', cityBId: 'hue', status: 'proposed' }),
    ],
  );
}

/** The model of `dataset` with nothing selected, hovered or focused, links coloured by kind. */
export function sampleModel(dataset: Dataset = sampleDataset()): OverlayModel {
  return {
    dataset,
    network: buildNetwork(dataset, DEFAULT_FILTERS),
    palette: themePalette(dataset),
    cityStyle: DEFAULT_CITY_STYLE,
    nameOf: (node) => node.city.name,
    colorBy: 'kind',
    selectedCityId: null,
    highlight: null,
    linkedHoverCityId: null,
    highlightYear: null,
    camera: null,
    focus: null,
    clusters: null,
    linkDensity: { alpha: 1, widthScale: 1 },
  };
}
