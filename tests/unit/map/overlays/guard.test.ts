import type { SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { recordHighlight } from '../../../../src/domain/records';
import { createGuardOverlay, GUARD_LAYERS } from '../../../../src/map/overlays/guard';
import { OVERLAYS } from '../../../../src/map/overlays/index';
import { LABEL_LAYER } from '../../../../src/map/overlays/labels';
import { ROLE_LAYERS } from '../../../../src/map/overlays/roles';
import { fakeMap, sampleModel } from './support';

const layer = (id: string) =>
  createGuardOverlay().layers.find((l) => l.id === id) as SymbolLayerSpecification;

describe('the guard over the selected city', () => {
  it('is the top symbol layer, so that MapLibre places it before every other name', () => {
    const layers = OVERLAYS.flatMap((create) => create().layers);
    const symbols = layers.filter((l) => l.type === 'symbol').map((l) => l.id);
    const guards = [GUARD_LAYERS.bare, GUARD_LAYERS.named];
    const others = symbols.filter((id) => !guards.includes(id as never));
    // Precondition: the ordinary and the role names are symbol layers too.
    expect(others).toEqual(expect.arrayContaining([LABEL_LAYER, ROLE_LAYERS.labels]));
    for (const guard of guards)
      for (const other of others)
        expect(symbols.indexOf(guard)).toBeGreaterThan(symbols.indexOf(other));
  });

  it('is always placed and keeps other names off the circle and its ring', () => {
    for (const id of [GUARD_LAYERS.bare, GUARD_LAYERS.named])
      expect(layer(id).layout).toMatchObject({
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
      });
    // Its own name always shows.
    expect(layer(GUARD_LAYERS.named).layout).toMatchObject({
      'text-field': ['get', 'name'],
      'text-allow-overlap': true,
    });
    expect(layer(GUARD_LAYERS.bare).layout).not.toHaveProperty('text-field');
  });

  it('names the selected city, unless the open record names it by its role', () => {
    const overlay = createGuardOverlay();
    const fake = fakeMap();
    const model = sampleModel();
    overlay.update(model, null, fake.map);
    fake.take();
    const selected = { ...model, selectedCityId: 'osaka' };
    overlay.update(selected, model, fake.map);
    const filters = new Map(fake.take().map((call) => [call.args[0], call.args[1]]));
    expect(filters.get(GUARD_LAYERS.named)).toEqual([
      'all',
      ['==', ['get', 'id'], 'osaka'],
      ['!', ['in', ['get', 'id'], ['literal', []]]],
    ]);
    expect(filters.get(GUARD_LAYERS.bare)).toEqual([
      'all',
      ['==', ['get', 'id'], 'osaka'],
      ['in', ['get', 'id'], ['literal', []]],
    ]);
    // A workshop opened while its host is selected: the role names the host, the guard stays.
    const workshop = model.dataset.workshops[0]!;
    const host = workshop.hostCityIds[0]!;
    const highlight = recordHighlight(model.dataset, model.network, {
      kind: 'workshop',
      id: workshop.id,
    });
    expect(highlight?.cityIds.has(host)).toBe(true);
    overlay.update({ ...model, selectedCityId: host, highlight }, selected, fake.map);
    const after = new Map(fake.take().map((call) => [call.args[0], call.args[1]]));
    expect(after.get(GUARD_LAYERS.bare)).toEqual([
      'all',
      ['==', ['get', 'id'], host],
      ['in', ['get', 'id'], ['literal', [...highlight!.cityIds]]],
    ]);
  });
});
