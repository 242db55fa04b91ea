import { describe, expect, it } from 'vitest';
import type { CityStyle } from '../../../src/domain/cityStyle';
import { CITY_LOOK, LOOKS, OUTSIDE_SLICE_DIM, ROLE_LOOK } from '../../../src/domain/encoding';
import type { Network, NetworkEdge, NetworkNode } from '../../../src/domain/network';
import { EDGE_KIND_COLORS, type ThemePalette } from '../../../src/domain/palette';
import type { Highlight, HighlightRole } from '../../../src/domain/records';
import type { EdgeKind } from '../../../src/domain/types';
import {
  baseChanged,
  buildScene,
  LINKS_WHILE_MOVING,
  sceneBase,
  type GraphModel,
  type SceneFrame,
} from '../../../src/graph/scene';
import type { LabelMark, LinkBatch, NodeMark, RingMark, Scene } from '../../../src/graph/marks';
import { makeCity, makePartnership, makeWorkshop } from '../../support/records';

const WASTE = '#009E73';
const palette: ThemePalette = {
  themes: [{ theme: 'waste', color: WASTE }],
  colorOf: (theme) => (theme === 'waste' ? WASTE : '#8C8C8C'),
};

const node = (id: string, name = id.toUpperCase()): NetworkNode => ({
  id,
  city: makeCity({ id, name, kind: 'city' }),
  partnerships: 0,
  workshops: 0,
  links: 0,
});

interface EdgeOptions {
  records?: number;
  status?: 'active' | 'proposed';
  themes?: string[];
}

function edge(kind: EdgeKind, source: string, target: string, options: EdgeOptions = {}) {
  const { records = 1, status = 'active', themes = [] } = options;
  const ids = Array.from({ length: records }, (_, i) => `${source}-${target}-${i}`);
  return {
    id: `${kind}:${source}~${target}`,
    kind,
    source,
    target,
    themes,
    years: [],
    yearUnknown: false,
    partnerships:
      kind === 'partnership'
        ? ids.map((id) => makePartnership({ id, cityAId: source, cityBId: target, status, themes }))
        : [],
    workshops: kind === 'partnership' ? [] : ids.map((id) => makeWorkshop({ id, themes })),
  } satisfies NetworkEdge;
}

/** Sizes by a table (default 0) and colours every city alike. */
const sized = (sizes: Record<'a' | 'b' | 'c' | 'd' | 'e', number> | Map<string, number>) => {
  const table = sizes instanceof Map ? sizes : new Map(Object.entries(sizes));
  return {
    measure: 'links',
    sizeOf: (n: NetworkNode) => table.get(n.id) ?? 0,
    colorOf: () => '#123456',
  } satisfies CityStyle;
};

// Five cities in a 400 × 300 view at zoom 1, and one link of each look.
const network: Network = {
  nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => node(id)),
  edges: [
    edge('partnership', 'a', 'b', { themes: ['waste'] }),
    edge('workshop', 'a', 'c', { records: 4 }),
    edge('co-attendance', 'b', 'c'),
    edge('partnership', 'c', 'd', { status: 'proposed' }),
    edge('partnership', 'd', 'e'),
  ],
};
const positions = Float64Array.of(100, 100, 200, 100, 150, 200, 300, 200, 350, 50);

function model(patch: Partial<GraphModel> = {}): GraphModel {
  return {
    network,
    cityStyle: sized({ a: 4, b: 1, c: 2, d: 1, e: 0 }),
    nameOf: (n) => n.city.name,
    linkColorBy: 'kind',
    palette,
    selectedCityId: null,
    highlight: null,
    linkedHoverCityId: null,
    ...patch,
  };
}

function scene(graph: GraphModel, patch: Partial<SceneFrame> = {}): Scene {
  return buildScene(sceneBase(graph), {
    positions,
    transform: { x: 0, y: 0, k: 1 },
    width: 400,
    height: 300,
    hoveredCityId: null,
    linkedHoverCityId: graph.linkedHoverCityId,
    selectedCityId: graph.selectedCityId,
    highlight: graph.highlight,
    moving: false,
    measure: (text) => 7 * text.length,
    ...patch,
  });
}

const links = (s: Scene) => s.items.filter((item): item is LinkBatch => item.type === 'links');
const nodes = (s: Scene) => s.items.filter((item): item is NodeMark => item.type === 'node');
const rings = (s: Scene) => s.items.filter((item): item is RingMark => item.type === 'ring');
const labels = (s: Scene) => s.items.filter((item): item is LabelMark => item.type === 'label');
const batchOf = (s: Scene, id: string) => links(s).find((batch) => batch.ids.includes(id))!;
const lastIndex = (s: Scene, type: string) => s.items.findLastIndex((item) => item.type === type);
const firstIndex = (s: Scene, type: string) => s.items.findIndex((item) => item.type === type);

describe('the graph scene', () => {
  it('draws faint links first, then cities, the selected ring and labels', () => {
    const drawn = scene(model({ selectedCityId: 'e' }));
    const alphas = links(drawn).map((batch) => batch.alpha);
    expect(alphas).toEqual([...alphas].sort((p, q) => p - q));
    expect(links(drawn)[0]!.ids).toEqual(['co-attendance:b~c']);
    expect(lastIndex(drawn, 'links')).toBeLessThan(firstIndex(drawn, 'node'));
    expect(lastIndex(drawn, 'node')).toBeLessThan(firstIndex(drawn, 'ring'));
    expect(firstIndex(drawn, 'ring')).toBeLessThan(firstIndex(drawn, 'label'));
    // Largest city first, so that small ones stay on top and clickable.
    expect(nodes(drawn)[0]!.id).toBe('a');
  });

  it("draws a focused city's neighbourhood on top of the rest, and dims the rest", () => {
    const drawn = scene(model(), { hoveredCityId: 'd' });
    const batches = links(drawn);
    const focused = batches.filter((batch) => batch.focused).flatMap((batch) => batch.ids);
    expect(focused.sort()).toEqual(['partnership:c~d', 'partnership:d~e']);
    // Every focused batch after every dimmed one.
    const firstFocused = batches.findIndex((batch) => batch.focused);
    expect(batches.slice(firstFocused).every((batch) => batch.focused)).toBe(true);
    expect(batchOf(drawn, 'partnership:a~b').alpha).toBeCloseTo(LOOKS.partnership.alpha * 0.15);
    expect(batchOf(drawn, 'partnership:d~e').alpha).toBeGreaterThanOrEqual(0.9);
    expect(nodes(drawn).map((n) => n.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(nodes(drawn).map((n) => n.focused)).toEqual([false, false, true, true, true]);
    expect(nodes(drawn)[0]!.alpha).toBeCloseTo(CITY_LOOK.alpha * 0.15);
  });

  it("colours links by their main theme with the palette's colour, or by kind", () => {
    const byTheme = scene(model({ linkColorBy: 'theme' }));
    expect(batchOf(byTheme, 'partnership:a~b').color).toBe(WASTE);
    // A link without a theme is grey under theme colours.
    expect(batchOf(byTheme, 'partnership:d~e').color).toBe('#8C8C8C');
    const byKind = scene(model());
    expect(batchOf(byKind, 'partnership:a~b').color).toBe(EDGE_KIND_COLORS.partnership);
    expect(batchOf(byKind, 'workshop:a~c').color).toBe(EDGE_KIND_COLORS.workshop);
  });

  it('draws a proposed partnership dotted and a workshop dashed, dashes scaled to the width', () => {
    const drawn = scene(model());
    const proposed = batchOf(drawn, 'partnership:c~d');
    expect(proposed.look).toBe('proposed');
    expect(proposed.cap).toBe('round');
    expect(proposed.dash).toEqual(LOOKS.proposed.dash.map((step) => step * proposed.width));
    const workshop = batchOf(drawn, 'workshop:a~c');
    expect(workshop.cap).toBe('butt');
    expect(workshop.dash).toEqual([3 * workshop.width, 2 * workshop.width]);
    expect(workshop.width).toBeGreaterThan(proposed.width);
    expect(batchOf(drawn, 'partnership:d~e').dash).toEqual([]);
  });

  it('draws a draft pairing of the planner in its own colour and dot-dash, above the other links', () => {
    const draft = makePartnership({
      id: 'draft:b~e',
      cityAId: 'b',
      cityBId: 'e',
      status: 'proposed',
      draft: true,
    });
    const drafted = { ...edge('partnership', 'b', 'e'), partnerships: [draft] };
    const drawn = scene(model({ network: { ...network, edges: [drafted, ...network.edges] } }));
    const batch = batchOf(drawn, 'partnership:b~e');
    expect(batch).toMatchObject({ look: 'draft', color: LOOKS.draft.color, cap: 'round' });
    expect(batch.dash).toEqual(LOOKS.draft.dash.map((step) => step * batch.width));
    expect(links(drawn).at(-1)).toBe(batch);
  });

  it('puts links of one look in one batch, with each link as its own segment', () => {
    const twin: Network = {
      nodes: network.nodes,
      edges: [edge('workshop', 'a', 'b'), edge('workshop', 'c', 'd')],
    };
    const [batch, ...rest] = links(scene(model({ network: twin })));
    expect(rest).toEqual([]);
    expect(batch!.ids).toEqual(['workshop:a~b', 'workshop:c~d']);
    expect(batch!.segments).toEqual([100, 100, 200, 100, 150, 200, 300, 200]);
  });

  it("rings the selected city and gives its label the place over a larger neighbour's", () => {
    // Two cities side by side whose labels would overlap: the larger is labelled at rest.
    const pair: Network = {
      nodes: [node('big', 'Big City'), node('small', 'Small City')],
      edges: [],
    };
    const style = sized(new Map([['big', 9]]));
    const at = { positions: Float64Array.of(100, 100, 130, 100) };
    const resting = scene(model({ network: pair, cityStyle: style }), at);
    expect(labels(resting).map((l) => l.text)).toEqual(['Big City']);

    const selected = scene(model({ network: pair, cityStyle: style, selectedCityId: 'small' }), at);
    expect(labels(selected).map((l) => l.text)).toEqual(['Small City']);
    const ring = selected.items.find((item) => item.type === 'ring')!;
    expect(ring).toMatchObject({ id: 'small', x: 130, y: 100, r: 4 + CITY_LOOK.selectedRing.gap });
  });

  it("labels each city with the name the model gives it (the reader's language)", () => {
    const pair: Network = { nodes: [node('big', 'Osaka'), node('small', 'Can Tho')], edges: [] };
    const names = new Map([['big', '大阪市']]);
    const graph = model({
      network: pair,
      cityStyle: sized(new Map([['big', 9]])),
      nameOf: (n) => names.get(n.id) ?? n.city.name,
    });
    const drawn = scene(graph, { positions: Float64Array.of(100, 100, 300, 100) });
    expect(labels(drawn).map((l) => l.text)).toEqual(['大阪市', 'Can Tho']);
    // Another language is a new scene base: the labels change without a new network.
    expect(baseChanged(graph, { ...graph, nameOf: (n) => n.city.name })).toBe(true);
  });

  it('never lets two labels overlap', () => {
    // A crowd of cities a few pixels apart: most labels must give way.
    const crowd: Network = {
      nodes: Array.from({ length: 40 }, (_, i) => node(`c${i}`, `City ${i}`)),
      edges: [],
    };
    const spread = Float64Array.from({ length: 80 }, (_, j) =>
      j % 2 === 0 ? 50 + ((j / 2) % 8) * 20 : 50 + Math.floor(j / 16) * 9,
    );
    const drawn = labels(
      scene(model({ network: crowd, cityStyle: sized(new Map()) }), { positions: spread }),
    );
    expect(drawn.length).toBeGreaterThan(1);
    expect(drawn.length).toBeLessThan(40);
    for (const [i, p] of drawn.entries()) {
      for (const q of drawn.slice(i + 1)) {
        const apart =
          p.box.x + p.box.width <= q.box.x ||
          q.box.x + q.box.width <= p.box.x ||
          p.box.y + p.box.height <= q.box.y ||
          q.box.y + q.box.height <= p.box.y;
        expect(apart).toBe(true);
      }
    }
  });

  it('leaves out what is off screen', () => {
    // Seen shifted 250 px left: a and c are off screen, b half way, d and e in view.
    const drawn = scene(model(), { transform: { x: -250, y: 0, k: 1 } });
    expect(nodes(drawn).map((n) => n.id)).toEqual(['d', 'e']);
    const ids = links(drawn).flatMap((batch) => batch.ids);
    // a~c has both ends off the left edge; c~d crosses into the view.
    expect(ids).not.toContain('workshop:a~c');
    expect(ids).toContain('partnership:c~d');
    expect(labels(drawn).map((l) => l.id)).not.toContain('a');
  });

  it('shrinks cities and lines with the layout when zoomed out', () => {
    const near = scene(model());
    const far = scene(model(), { transform: { x: 0, y: 0, k: 0.5 } });
    const radius = (s: Scene, id: string) => nodes(s).find((n) => n.id === id)!.r;
    expect(radius(far, 'a')).toBeCloseTo(radius(near, 'a') / 2);
    const width = (s: Scene) => batchOf(s, 'workshop:a~c').width;
    expect(width(far)).toBeCloseTo(width(near) / 2);
  });

  it('leaves links out while a large layout moves, and draws them once it has settled', () => {
    const count = LINKS_WHILE_MOVING + 1;
    const big: Network = {
      nodes: Array.from({ length: count + 1 }, (_, i) => node(`n${i}`)),
      edges: Array.from({ length: count }, (_, i) => edge('workshop', `n${i}`, `n${i + 1}`)),
    };
    const at = { positions: Float64Array.from({ length: 2 * (count + 1) }, (_, j) => j % 300) };
    const graph = model({ network: big, cityStyle: sized(new Map()) });
    expect(links(scene(graph, { ...at, moving: true }))).toEqual([]);
    expect(nodes(scene(graph, { ...at, moving: true })).length).toBeGreaterThan(0);
    expect(links(scene(graph, { ...at, moving: false })).length).toBeGreaterThan(0);
    // A small graph keeps its links while it moves.
    expect(links(scene(model(), { moving: true })).length).toBeGreaterThan(0);
  });

  describe('with a record open', () => {
    /** A workshop hosted by a, attended by c, with b lecturing: its links and cities. */
    const workshop: Highlight = {
      cityIds: new Set(['a', 'b', 'c']),
      edgeIds: new Set(['workshop:a~c', 'co-attendance:b~c']),
      roles: new Map<string, HighlightRole>([
        ['a', 'host'],
        ['c', 'participant'],
        ['b', 'resource'],
      ]),
    };
    const focusedLinks = (s: Scene) =>
      links(s)
        .filter((batch) => batch.focused)
        .flatMap((batch) => batch.ids)
        .sort();

    it("brings forward its cities and links over the selected city's, and a hovered city's over both", () => {
      const open = model({ selectedCityId: 'e', highlight: workshop });
      const drawn = scene(open);
      expect(focusedLinks(drawn)).toEqual(['co-attendance:b~c', 'workshop:a~c']);
      expect(
        nodes(drawn)
          .filter((n) => n.focused)
          .map((n) => n.id)
          .sort(),
      ).toEqual(['a', 'b', 'c']);
      expect(batchOf(drawn, 'partnership:d~e').alpha).toBeCloseTo(LOOKS.partnership.alpha * 0.15);
      // Hovered here or in the map, d's neighbourhood takes the focus while hovered.
      const hovered = ['partnership:c~d', 'partnership:d~e'];
      expect(focusedLinks(scene(open, { hoveredCityId: 'd' }))).toEqual(hovered);
      expect(focusedLinks(scene(open, { linkedHoverCityId: 'd' }))).toEqual(hovered);
      // Closed, the selected city has it back.
      expect(focusedLinks(scene(model({ selectedCityId: 'e' })))).toEqual(['partnership:d~e']);
    });

    it('rings each city by its role, as ROLE_LOOK says, whatever is hovered', () => {
      const open = model({ highlight: workshop });
      for (const drawn of [scene(open), scene(open, { hoveredCityId: 'e' })]) {
        const byCity = (id: string) => rings(drawn).filter((ring) => ring.id === id);
        const radius = (id: string) => nodes(drawn).find((n) => n.id === id)!.r;
        for (const [id, role] of workshop.roles) {
          const look = ROLE_LOOK[role];
          expect(
            byCity(id).map(({ role, color, width, r }) => ({ role, color, width, r })),
          ).toEqual(
            look.rings.map((ring) => ({
              role,
              color: look.color,
              width: ring.width,
              r: radius(id) + ring.gap + ring.width / 2,
            })),
          );
        }
        // Over the cities, under the labels.
        expect(lastIndex(drawn, 'node')).toBeLessThan(firstIndex(drawn, 'ring'));
        expect(lastIndex(drawn, 'ring')).toBeLessThan(firstIndex(drawn, 'label'));
      }
      // A host, a participant and a lecturer differ by more than colour.
      const shapes = (['host', 'participant', 'resource'] as const).map((role) =>
        JSON.stringify(ROLE_LOOK[role].rings),
      );
      expect(new Set(shapes).size).toBe(3);
    });

    it("rings an open link's two cities not at all, but brings them and the link forward", () => {
      const link: Highlight = {
        cityIds: new Set(['d', 'e']),
        edgeIds: new Set(['partnership:d~e']),
        roles: new Map(),
      };
      const drawn = scene(model({ highlight: link }));
      expect(rings(drawn)).toEqual([]);
      expect(focusedLinks(drawn)).toEqual(['partnership:d~e']);
    });

    it('names each of its cities, where a larger city or another of its cities is in the way', () => {
      // Three cities on one spot: the largest is labelled at rest and hides the other two.
      const crowd: Network = {
        nodes: [node('big', 'Big City'), node('one', 'One'), node('two', 'Two')],
        edges: [],
      };
      const at = { positions: Float64Array.of(100, 100, 101, 100, 100, 101) };
      const style = sized(new Map([['big', 9]]));
      const resting = scene(model({ network: crowd, cityStyle: style }), at);
      expect(labels(resting).map((l) => l.text)).toEqual(['Big City']);

      const open: Highlight = {
        cityIds: new Set(['one', 'two']),
        edgeIds: new Set(),
        roles: new Map<string, HighlightRole>([
          ['one', 'host'],
          ['two', 'participant'],
        ]),
      };
      const drawn = labels(scene(model({ network: crowd, cityStyle: style, highlight: open }), at));
      expect(drawn.map((l) => l.text).slice(0, 2)).toEqual(['One', 'Two']);
      // Around their city, apart from each other, and clear of the host's outer ring.
      const [one, two] = drawn;
      expect(Math.abs(one!.box.y - two!.box.y)).toBeGreaterThanOrEqual(one!.box.height);
      const hostReach = 4 + ROLE_LOOK.host.rings[1]!.gap + ROLE_LOOK.host.rings[1]!.width;
      expect(one!.box.y).toBeGreaterThanOrEqual(100 + hostReach);
    });
  });
});

describe('cities outside the filtered slice', () => {
  // `e` has no link in the slice and is kept, faded, for context.
  const withOutside: Network = {
    nodes: network.nodes.map((n) => (n.id === 'e' ? { ...n, outside: true as const } : n)),
    edges: network.edges.filter((e) => e.source !== 'e' && e.target !== 'e'),
  };
  const drawn = scene(model({ network: withOutside }));

  it('are drawn faded', () => {
    const alphaOf = (id: string) => nodes(drawn).find((n) => n.id === id)!.alpha;
    expect(alphaOf('e')).toBeCloseTo(alphaOf('d') * OUTSIDE_SLICE_DIM, 6);
  });

  it('are not named', () => {
    expect(labels(drawn).map((label) => label.id)).not.toContain('e');
    expect(labels(drawn).map((label) => label.id)).toContain('d');
  });
});
