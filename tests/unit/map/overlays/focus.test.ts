import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../../src/domain/network';
import { recordHighlight } from '../../../../src/domain/records';
import { DEFAULT_FILTERS } from '../../../../src/domain/filters';
import { createFocusOverlay, createFocusTracker } from '../../../../src/map/overlays/focus';
import { featureIds } from '../../../../src/map/sources';
import { SOURCES } from '../../../../src/map/style';
import type { FocusRequest } from '../../../../src/domain/encoding';
import { fakeMap, sampleModel } from './support';

const model = sampleModel();
const ids = featureIds(model.network);
const city = (id: string) => ids.cities.get(id)!;
const link = (id: string) => ids.links.get(id)!;
/** A focus request for the selected city `id` alone. */
const on = (id: string | null): FocusRequest => ({
  hoveredCityId: null,
  highlight: null,
  selectedCityId: id,
});

describe('the focus tracker', () => {
  it("finds a city's neighbourhood by numeric feature ids, and keeps the answer while nothing changes", () => {
    const focusOf = createFocusTracker();
    const cebu = focusOf(model.network, on('cebu'))!;
    expect(cebu.cities.sort()).toEqual([city('osaka'), city('bandung'), city('cebu')].sort());
    expect(cebu.links.sort()).toEqual(
      [link('workshop:cebu~osaka'), link('co-attendance:bandung~cebu')].sort(),
    );
    expect(focusOf(model.network, on('cebu'))).toBe(cebu);
    expect(focusOf(model.network, on(null))).toBeNull();
    expect(focusOf(model.network, on('cebu'))).not.toBe(cebu);
    const filtered = buildNetwork(model.dataset, { ...DEFAULT_FILTERS });
    expect(focusOf(filtered, on('cebu'))).toEqual(focusOf(model.network, on('cebu')));
  });
});

describe('what the map focuses', () => {
  const workshop = recordHighlight(model.dataset, model.network, { kind: 'workshop', id: 'w1' })!;
  const sorted = (target: { cities: number[]; links: number[] } | null) =>
    target && { cities: [...target.cities].sort(), links: [...target.links].sort() };
  const workshopTarget = sorted({
    cities: ['osaka', 'bandung', 'cebu'].map(city),
    links: ['workshop:bandung~osaka', 'workshop:cebu~osaka', 'co-attendance:bandung~cebu'].map(
      link,
    ),
  });
  const hueTarget = sorted({
    cities: ['osaka', 'hue'].map(city),
    links: [link('partnership:hue~osaka')],
  });

  it('brings forward the open workshop over the selected city, and the hovered city over both', () => {
    const focusOf = createFocusTracker();
    const open = { hoveredCityId: null, highlight: workshop, selectedCityId: 'hue' };
    // The open workshop's cities and links, exactly: Hue's partnership fades.
    expect(sorted(focusOf(model.network, open))).toEqual(workshopTarget);
    // Hovering Hue shows Hue's neighbourhood while hovered, then the workshop again.
    expect(sorted(focusOf(model.network, { ...open, hoveredCityId: 'hue' }))).toEqual(hueTarget);
    expect(sorted(focusOf(model.network, open))).toEqual(workshopTarget);
    // Closed, the selected city has the focus back.
    expect(sorted(focusOf(model.network, { ...open, highlight: null }))).toEqual(hueTarget);
  });

  it('lets a highlight whose cities the filters took out focus nothing, so nothing dims for it', () => {
    const focusOf = createFocusTracker();
    const gone = { cityIds: new Set(['nowhere']), edgeIds: new Set<string>(), roles: new Map() };
    expect(
      focusOf(model.network, { hoveredCityId: null, highlight: gone, selectedCityId: null }),
    ).toBeNull();
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

    const hue = { ...model, focus: focusOf(model.network, on('hue')) };
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
    expect(track(model.network, on('no-such-city'))).toBeNull();
    // As when a filter takes the selected city out of view.
    const without = {
      nodes: model.network.nodes.filter((node) => node.id !== 'hue'),
      edges: model.network.edges.filter((edge) => edge.source !== 'hue' && edge.target !== 'hue'),
    };
    expect(track(without, on('hue'))).toBeNull();
    expect(track(model.network, on('hue'))).not.toBeNull();
  });

  it('forgets every state when the network changes, since feature ids then name other features', () => {
    const overlay = createFocusOverlay();
    const fake = fakeMap();
    const hue = { ...model, focus: focusOf(model.network, on('hue')) };
    overlay.update(hue, null, fake.map);
    fake.take();
    const network = buildNetwork(model.dataset, { ...DEFAULT_FILTERS });
    const next = { ...hue, network, focus: focusOf(network, on('hue')) };
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
