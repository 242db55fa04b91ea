import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../../src/domain/network';
import { DEFAULT_FILTERS } from '../../../../src/domain/filters';
import { createFocusOverlay, createFocusTracker } from '../../../../src/map/overlays/focus';
import { featureIds } from '../../../../src/map/sources';
import { SOURCES } from '../../../../src/map/style';
import { fakeMap, sampleModel } from './support';

const model = sampleModel();
const ids = featureIds(model.network);
const city = (id: string) => ids.cities.get(id)!;
const link = (id: string) => ids.links.get(id)!;

describe('the focus tracker', () => {
  it("finds a city's neighbourhood by numeric feature ids, and keeps the answer while nothing changes", () => {
    const focusOf = createFocusTracker();
    const cebu = focusOf(model.network, 'cebu')!;
    expect(cebu.cities.sort()).toEqual([city('osaka'), city('bandung'), city('cebu')].sort());
    expect(cebu.links.sort()).toEqual(
      [link('workshop:cebu~osaka'), link('co-attendance:bandung~cebu')].sort(),
    );
    expect(focusOf(model.network, 'cebu')).toBe(cebu);
    expect(focusOf(model.network, null)).toBeNull();
    expect(focusOf(model.network, 'cebu')).not.toBe(cebu);
    const filtered = buildNetwork(model.dataset, { ...DEFAULT_FILTERS });
    expect(focusOf(filtered, 'cebu')).toEqual(focusOf(model.network, 'cebu'));
  });
});

describe('the focus overlay', () => {
  const focusOf = createFocusTracker();

  it('marks the focused neighbourhood, and only the change when the focus moves', () => {
    const overlay = createFocusOverlay();
    expect(overlay.layers).toEqual([]);
    const fake = fakeMap();
    overlay.update(model, null, fake.map);
    // A first draw forgets any state, and marks nothing without focus.
    expect(fake.take()).toEqual([
      { op: 'removeFeatureState', args: [{ source: SOURCES.cities }] },
      { op: 'removeFeatureState', args: [{ source: SOURCES.links }] },
    ]);

    const hue = { ...model, focus: focusOf(model.network, 'hue') };
    overlay.update(hue, model, fake.map);
    expect(fake.take().sort(byId)).toEqual(
      [
        {
          op: 'setFeatureState',
          args: [{ source: SOURCES.cities, id: city('osaka') }, { focus: true }],
        },
        {
          op: 'setFeatureState',
          args: [{ source: SOURCES.cities, id: city('hue') }, { focus: true }],
        },
        {
          op: 'setFeatureState',
          args: [{ source: SOURCES.links, id: link('partnership:hue~osaka') }, { focus: true }],
        },
      ].sort(byId),
    );

    overlay.update(hue, hue, fake.map);
    expect(fake.take()).toEqual([]);

    overlay.update(model, hue, fake.map);
    const unmarked = fake.take();
    expect(unmarked.every((call) => (call.args[1] as { focus: boolean }).focus === false)).toBe(
      true,
    );
    expect(unmarked).toHaveLength(3);
  });

  it('focuses nothing when the focused city is not in the network, so nothing dims for it', () => {
    const track = createFocusTracker();
    expect(track(model.network, 'no-such-city')).toBeNull();
    // As when a filter takes the selected city out of view.
    const without = {
      nodes: model.network.nodes.filter((node) => node.id !== 'hue'),
      edges: model.network.edges.filter((edge) => edge.source !== 'hue' && edge.target !== 'hue'),
    };
    expect(track(without, 'hue')).toBeNull();
    expect(track(model.network, 'hue')).not.toBeNull();
  });

  it('forgets every state when the network changes, since feature ids then name other features', () => {
    const overlay = createFocusOverlay();
    const fake = fakeMap();
    const hue = { ...model, focus: focusOf(model.network, 'hue') };
    overlay.update(hue, null, fake.map);
    fake.take();
    const network = buildNetwork(model.dataset, { ...DEFAULT_FILTERS });
    const next = { ...hue, network, focus: focusOf(network, 'hue') };
    overlay.update(next, hue, fake.map);
    const calls = fake.take();
    expect(calls.slice(0, 2).map((call) => call.op)).toEqual([
      'removeFeatureState',
      'removeFeatureState',
    ]);
    // Nothing of the old network is unmarked by id: those ids may belong to other features now.
    // The new network's neighbourhood of the city is marked again, feature by feature.
    const marked = calls.slice(2);
    expect(marked.map((call) => call.args)).toEqual([
      ...next.focus!.cities.map((id) => [{ source: SOURCES.cities, id }, { focus: true }]),
      ...next.focus!.links.map((id) => [{ source: SOURCES.links, id }, { focus: true }]),
    ]);
    expect(marked.length).toBeGreaterThan(0);
  });
});

function byId(a: { args: unknown[] }, b: { args: unknown[] }): number {
  return JSON.stringify(a.args).localeCompare(JSON.stringify(b.args));
}
