// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { makeDraft, type Draft } from '../../../src/domain/drafts';
import { afterEach, describe, expect, it } from 'vitest';
import { useNetworkModel } from '../../../src/app/useNetworkModel';
import { createDataset } from '../../../src/domain/dataset';
import { initialState } from '../../../src/state/store';
import { makeCity, makePartnership } from '../../support/records';

// Osaka partners with three cities; one of them has a local name in another script.
const dataset = createDataset(
  [
    makeCity({ id: 'osaka', name: 'Osaka', localName: '大阪市' }),
    makeCity({ id: 'can-tho', name: 'Can Tho', localName: 'Cần Thơ', country: 'VN', lon: 105 }),
    makeCity({ id: 'hue', name: 'Hue', country: 'VN', lon: 107 }),
    makeCity({ id: 'quezon', name: 'Quezon City', country: 'PH', lon: 121 }),
  ],
  [],
  ['can-tho', 'hue', 'quezon'].map((partner) =>
    makePartnership({ id: partner, cityAId: 'osaka', cityBId: partner }),
  ),
);

afterEach(cleanup);

const NO_DRAFTS: Draft[] = [];

describe('the network model', () => {
  it("names the map's and the graph's cities in the reader's language", () => {
    const { result, rerender } = renderHook(
      ({ language }) => useNetworkModel(dataset, initialState(language), NO_DRAFTS),
      {
        initialProps: { language: 'ja' as 'en' | 'ja' },
      },
    );
    const node = (id: string) => result.current.network.nodes.find((n) => n.id === id)!;
    const { map, graph } = result.current;
    expect(map.nameOf(node('osaka'))).toBe('大阪市');
    expect(graph.nameOf(node('osaka'))).toBe('大阪市');
    // A city without a name in Japanese script keeps its English one.
    expect(map.nameOf(node('can-tho'))).toBe('Can Tho');

    rerender({ language: 'en' });
    expect(result.current.map.nameOf(node('osaka'))).toBe('Osaka');
    expect(result.current.graph.nameOf(node('osaka'))).toBe('Osaka');
  });

  it("tells what is worth saying about the selected city's place in the network, as data", async () => {
    const state = { ...initialState('en'), selectedCityId: 'osaka' };
    const { result } = renderHook(() => useNetworkModel(dataset, state, NO_DRAFTS));
    // The metrics' code is fetched after the first render, as in the page.
    await waitFor(() =>
      expect(result.current.insights[0]).toMatchObject({ kind: 'partners', top: 1 }),
    );
  });

  it('draws the drafts as proposed partnerships, lists them nowhere in the tables, and keeps the same model while they do not change', () => {
    const drafts = [makeDraft('hue', 'quezon', ['low-carbon'], '2026-11-28T10:00:00Z')];
    const state = initialState('en');
    const { result, rerender } = renderHook(({ list }) => useNetworkModel(dataset, state, list), {
      initialProps: { list: drafts },
    });
    const drawn = result.current.network.edges.find(
      (edge) => edge.kind === 'partnership' && edge.partnerships.some((p) => p.draft),
    );
    expect(drawn && [drawn.source, drawn.target].sort()).toEqual(['hue', 'quezon']);
    expect(result.current.slice.partnerships.some((p) => p.draft)).toBe(false);
    const first = result.current;
    rerender({ list: drafts });
    expect(result.current).toBe(first);
  });

  it('draws a filter change in a render after the control’s own, and one that opens a record at once', () => {
    const before = initialState('en');
    const kinds = { ...before.filters, edgeKinds: ['workshop' as const] };
    // Every render's pair of (filters drawn, record open), in order.
    const seen: [unknown, unknown][] = [];
    const { rerender } = renderHook(
      ({ state }) => {
        const model = useNetworkModel(dataset, state, NO_DRAFTS);
        seen.push([model.filters, state.record]);
        return model;
      },
      { initialProps: { state: before } },
    );

    // A control alone: first a render with the filters before (the control paints), then the new.
    seen.length = 0;
    rerender({ state: { ...before, filters: kinds } });
    expect(seen.map(([filters]) => filters)).toEqual([before.filters, kinds]);

    // A shared link: filters and a record together. No render pairs the record with the filters
    // before, under which it could read as filtered out.
    seen.length = 0;
    const record = { kind: 'partnership' as const, id: 'hue' };
    rerender({ state: { ...before, filters: before.filters, record } });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter(([filters, open]) => open === record && filters !== before.filters)).toEqual(
      [],
    );
  });

  it('marks the new links of a timeline step in the network of that same step', () => {
    const before = initialState('en');
    const seen: [unknown, unknown][] = [];
    const { rerender } = renderHook(
      ({ state }) => {
        const model = useNetworkModel(dataset, state, NO_DRAFTS);
        seen.push([model.filters, model.map.highlightYear]);
        return model;
      },
      { initialProps: { state: before } },
    );
    seen.length = 0;
    const step = { ...before.filters, years: { from: 2015, to: 2020 } };
    rerender({ state: { ...before, filters: step, timelineYear: 2020 } });
    expect(seen).toEqual([
      [before.filters, null],
      [step, 2020],
    ]);
  });
});
