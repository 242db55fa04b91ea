import type { CircleLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  CITY_LOOK,
  cityRadius,
  FOCUS_DIM,
  FOCUS_FLOOR,
  OUTSIDE_SLICE_DIM,
} from '../../../../src/domain/encoding';
import type { NetworkNode } from '../../../../src/domain/network';
import { CITY_LAYERS, createCitiesOverlay } from '../../../../src/map/overlays/cities';
import { createLabelsOverlay, LABEL_LAYER } from '../../../../src/map/overlays/labels';
import type { CityCollection } from '../../../../src/map/sources';
import { SOURCES } from '../../../../src/map/style';
import { fakeMap, sampleModel } from './support';

const circles = (id: string) =>
  createCitiesOverlay().layers.find((layer) => layer.id === id) as CircleLayerSpecification;
const focusRule = (base: number) => [
  'case',
  ['boolean', ['feature-state', 'focus'], false],
  Math.max(base, FOCUS_FLOOR),
  base * FOCUS_DIM,
];

// Cities outside the filtered slice keep OUTSIDE_SLICE_DIM of whatever the focus rule gives.
const withOutside = (opacity: unknown) => [
  '*',
  opacity,
  ['case', ['get', 'outside'], OUTSIDE_SLICE_DIM, 1],
];

describe('the cities overlay', () => {
  it('draws cities and the selection ring as the encoding says', () => {
    const paint = circles(CITY_LAYERS.circles).paint!;
    expect(paint['circle-opacity']).toEqual(withOutside(CITY_LOOK.alpha));
    expect(paint['circle-stroke-color']).toBe(CITY_LOOK.stroke);
    expect(paint['circle-stroke-width']).toBe(CITY_LOOK.strokeWidth);
    const ring = circles(CITY_LAYERS.selected).paint!;
    expect(ring['circle-stroke-color']).toBe(CITY_LOOK.selectedRing.color);
    expect(ring['circle-stroke-width']).toBe(CITY_LOOK.selectedRing.width);
    expect(ring['circle-radius']).toEqual(['+', ['get', 'radius'], CITY_LOOK.selectedRing.gap]);
  });

  it('sizes cities by the radius scale of the encoding', () => {
    const model = sampleModel();
    const fake = fakeMap();
    createCitiesOverlay().update(model, null, fake.map);
    const setData = fake.take().filter((call) => call.op === 'setData');
    expect(setData.map((call) => call.args[0])).toEqual([SOURCES.cities]);
    const features = (setData[0]!.args[1] as CityCollection).features;
    const max = Math.max(...model.network.nodes.map((node) => model.cityStyle.sizeOf(node)));
    for (const feature of features) {
      const node = model.network.nodes.find((n) => n.id === feature.properties.id)!;
      expect(feature.properties.radius).toBe(cityRadius(model.cityStyle.sizeOf(node), max));
    }
  });

  it('rings the selected city, and calls the map only for what changed', () => {
    const overlay = createCitiesOverlay();
    const fake = fakeMap();
    const model = sampleModel();
    overlay.update(model, null, fake.map);
    fake.take();
    overlay.update(model, model, fake.map);
    expect(fake.take()).toEqual([]);

    const selected = { ...model, selectedCityId: 'osaka' };
    overlay.update(selected, model, fake.map);
    expect(fake.take()).toEqual([
      { op: 'setFilter', args: [CITY_LAYERS.selected, ['==', ['get', 'id'], 'osaka']] },
    ]);

    const resized = { ...selected, cityStyle: { ...model.cityStyle, sizeOf: () => 1 } };
    overlay.update(resized, selected, fake.map);
    expect(fake.take().map((call) => call.op)).toEqual(['setData']);

    const focused = { ...resized, focus: { cities: [0], links: [] } };
    overlay.update(focused, resized, fake.map);
    expect(fake.take()).toEqual([
      {
        op: 'setPaintProperty',
        args: [CITY_LAYERS.circles, 'circle-opacity', withOutside(focusRule(CITY_LOOK.alpha))],
      },
    ]);
    overlay.update(resized, focused, fake.map);
    expect(fake.take()).toEqual([
      {
        op: 'setPaintProperty',
        args: [CITY_LAYERS.circles, 'circle-opacity', withOutside(CITY_LOOK.alpha)],
      },
    ]);
  });

  it("renames the cities when the reader's language changes, without a new network", () => {
    const overlay = createCitiesOverlay();
    const fake = fakeMap();
    const model = sampleModel();
    overlay.update(model, null, fake.map);
    fake.take();
    const japanese = {
      ...model,
      nameOf: (n: NetworkNode) => (n.id === 'osaka' ? '大阪市' : n.city.name),
    };
    overlay.update(japanese, model, fake.map);
    const [call] = fake.take();
    const data = call!.args[1] as CityCollection;
    expect(data.features.find((f) => f.properties.id === 'osaka')!.properties.name).toBe('大阪市');
  });
});

describe('the labels overlay', () => {
  it('writes city names as the encoding says, dimmed with the rest out of focus', () => {
    const overlay = createLabelsOverlay();
    const layer = overlay.layers[0] as SymbolLayerSpecification;
    expect(layer.id).toBe(LABEL_LAYER);
    expect(layer.source).toBe(SOURCES.cities);
    expect(layer.paint).toMatchObject({
      'text-color': CITY_LOOK.label.color,
      'text-halo-color': CITY_LOOK.label.halo,
      'text-halo-width': CITY_LOOK.label.haloWidth,
      'text-opacity': CITY_LOOK.label.alpha,
    });
    expect(layer.layout?.['text-size']).toBe(CITY_LOOK.label.size);

    const fake = fakeMap();
    const model = sampleModel();
    overlay.update(model, null, fake.map);
    expect(fake.take()).toEqual([]);
    const focused = { ...model, focus: { cities: [0], links: [] } };
    overlay.update(focused, model, fake.map);
    expect(fake.take()).toEqual([
      {
        op: 'setPaintProperty',
        args: [LABEL_LAYER, 'text-opacity', focusRule(CITY_LOOK.label.alpha)],
      },
    ]);
  });
});
