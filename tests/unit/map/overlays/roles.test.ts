import type { CircleLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { ROLE_LOOK, ROLE_ORDER } from '../../../../src/domain/encoding';
import { recordHighlight } from '../../../../src/domain/records';
import { OVERLAYS } from '../../../../src/map/overlays/index';
import { LABEL_LAYER, createLabelsOverlay } from '../../../../src/map/overlays/labels';
import { createRolesOverlay, ROLE_LAYERS } from '../../../../src/map/overlays/roles';
import type { RoleCollection } from '../../../../src/map/sources';
import { SOURCES } from '../../../../src/map/style';
import { loadBundled } from '../../../support/bundled';
import { fakeMap, sampleModel } from './support';

const layer = <T>(id: string) => createRolesOverlay().layers.find((l) => l.id === id) as T;

/** The value a `match` on the role gives `role`. */
function matched(expression: unknown, role: string): unknown {
  const parts = expression as unknown[];
  expect(parts[0]).toBe('match');
  const at = parts.indexOf(role, 2);
  expect(at, role).toBeGreaterThan(1);
  return parts[at + 1];
}

const bundled = sampleModel(loadBundled().dataset);
const osaka2017 = {
  ...bundled,
  highlight: recordHighlight(bundled.dataset, bundled.network, {
    kind: 'workshop',
    id: 'ws-2017-11-osaka',
  }),
};

describe('the roles overlay', () => {
  it('rings each role as ROLE_LOOK says: hosts twice, everyone else once', () => {
    const inner = layer<CircleLayerSpecification>(ROLE_LAYERS.ring(0));
    const outer = layer<CircleLayerSpecification>(ROLE_LAYERS.ring(1));
    expect(inner.source).toBe(SOURCES.roles);
    expect(inner.filter).toEqual(['in', ['get', 'role'], ['literal', [...ROLE_ORDER]]]);
    expect(outer.filter).toEqual(['in', ['get', 'role'], ['literal', ['host']]]);
    for (const role of ROLE_ORDER) {
      const look = ROLE_LOOK[role];
      expect(matched(inner.paint!['circle-stroke-color'], role)).toBe(look.color);
      expect(matched(inner.paint!['circle-stroke-width'], role)).toBe(look.rings[0]!.width);
      const radius = inner.paint!['circle-radius'] as unknown[];
      expect(radius.slice(0, 2)).toEqual(['+', ['get', 'radius']]);
      expect(matched(radius[2], role)).toBe(look.rings[0]!.gap);
    }
    expect(matched(outer.paint!['circle-stroke-width'], 'host')).toBe(
      ROLE_LOOK.host.rings[1]!.width,
    );
  });

  it("hands the map the open workshop's cities by role, and again only when the record changes", () => {
    const overlay = createRolesOverlay();
    const fake = fakeMap();
    // Nothing open: the empty source stays as it was added.
    overlay.update(bundled, null, fake.map);
    expect(fake.take()).toEqual([]);

    overlay.update(osaka2017, bundled, fake.map);
    const [call, ...rest] = fake.take();
    expect(rest).toEqual([]);
    expect(call!.op).toBe('setData');
    expect(call!.args[0]).toBe(SOURCES.roles);
    const features = (call!.args[1] as RoleCollection).features;
    const count = (role: string) => features.filter((f) => f.properties.role === role).length;
    expect([count('host'), count('participant'), count('resource')]).toEqual([2, 4, 2]);

    // A hover (a new focus) or the same record again: nothing to hand over.
    overlay.update({ ...osaka2017, linkedHoverCityId: 'osaka' }, osaka2017, fake.map);
    expect(fake.take()).toEqual([]);

    // Closed: the rings go.
    overlay.update(bundled, osaka2017, fake.map);
    const closed = fake.take();
    expect(closed).toHaveLength(1);
    expect((closed[0]!.args[1] as RoleCollection).features).toEqual([]);
  });

  it("names the open record's cities above every other label, moving a name around its city before hiding it", () => {
    const labels = layer<SymbolLayerSpecification>(ROLE_LAYERS.labels);
    expect(labels.source).toBe(SOURCES.roles);
    expect(labels.layout!['text-variable-anchor']).toEqual(['top', 'bottom', 'right', 'left']);
    expect(labels.layout!['text-radial-offset']).toEqual(['get', 'labelOffset']);
    // MapLibre places the top layer's labels first: the ordinary labels give way to these.
    const order = OVERLAYS.flatMap((create) => create().layers.map((l) => l.id));
    expect(order.indexOf(ROLE_LAYERS.labels)).toBeGreaterThan(order.indexOf(LABEL_LAYER));
    expect(order.indexOf(ROLE_LAYERS.ring(0))).toBeGreaterThan(order.indexOf('cities'));
  });

  it("keeps the ordinary labels from naming the open record's cities a second time", () => {
    const overlay = createLabelsOverlay();
    const fake = fakeMap();
    overlay.update(bundled, null, fake.map);
    expect(fake.take()).toEqual([]);
    overlay.update(osaka2017, bundled, fake.map);
    const [call] = fake.take().filter((c) => c.op === 'setFilter');
    expect(call!.args[0]).toBe(LABEL_LAYER);
    const [, [, [, , [, hidden]]]] = call!.args[1] as [
      string,
      [string, [string, unknown, [string, string[]]]],
    ];
    expect([...hidden].sort()).toEqual([...osaka2017.highlight!.cityIds].sort());
    overlay.update(bundled, osaka2017, fake.map);
    expect(fake.take().filter((c) => c.op === 'setFilter')[0]!.args[1]).toEqual([
      'all',
      ['!', ['in', ['get', 'id'], ['literal', []]]],
      ['!', ['get', 'outside']],
      ['!=', ['get', 'id'], ''],
    ]);
  });
});
