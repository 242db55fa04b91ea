import type { LineLayerSpecification } from 'maplibre-gl';
import type { LineString, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  FOCUS_DIM,
  FOCUS_FLOOR,
  LINK_LOOKS,
  LOOKS,
  NEW_LINK_HALO,
  linkStyle,
  type LinkLook,
} from '../../../../src/domain/encoding';
import { makeDraft, withDrafts } from '../../../../src/domain/drafts';
import { createLinksOverlay, LINK_LAYERS, lookLayer } from '../../../../src/map/overlays/links';
import type { LinkCollection } from '../../../../src/map/sources';
import { SOURCES } from '../../../../src/map/style';
import { fakeMap, sampleDataset, sampleModel } from './support';

const layerOf = (id: string) =>
  createLinksOverlay().layers.find((layer) => layer.id === id) as LineLayerSpecification;

/** The links overlay after its first update with `model`, and the fake map it drew on. */
function drawn(model = sampleModel()) {
  const overlay = createLinksOverlay();
  const fake = fakeMap();
  overlay.update(model, null, fake.map);
  return { overlay, fake, first: fake.take() };
}

describe('the links overlay', () => {
  it('draws every look with the colour, dash, cap and opacity of the encoding', () => {
    for (const look of LINK_LOOKS) {
      const layer = layerOf(lookLayer(look));
      expect(layer.paint?.['line-opacity'], look).toBe(LOOKS[look].alpha);
      expect(layer.layout?.['line-cap'], look).toBe(LOOKS[look].cap);
      const dash = LOOKS[look].dash;
      expect(layer.paint?.['line-dasharray'], look).toEqual(dash.length > 0 ? dash : undefined);
    }
    expect(layerOf(lookLayer('co-attendance')).paint?.['line-opacity']).toBe(
      LOOKS['co-attendance'].alpha,
    );
    expect(layerOf(lookLayer('workshop')).paint?.['line-dasharray']).toEqual(LOOKS.workshop.dash);
    const halo = layerOf(LINK_LAYERS.newLinks).paint!;
    expect(halo['line-color']).toBe(NEW_LINK_HALO.color);
    expect(halo['line-opacity']).toBe(NEW_LINK_HALO.alpha);
    expect(halo['line-width']).toEqual(['+', ['get', 'width'], NEW_LINK_HALO.extraWidth]);
  });

  it('draws each link in its look, at the width and in the colours the encoding gives it', () => {
    // With a draft pairing of the planner, so that every look is drawn.
    const draft = makeDraft('osaka', 'cebu', ['energy'], '2024-05-06T07:08:09.000Z');
    const model = sampleModel(withDrafts(sampleDataset(), [draft]).dataset);
    const { first } = drawn(model);
    const setData = first.filter((call) => call.op === 'setData');
    expect(setData).toHaveLength(1);
    expect(setData[0]!.args[0]).toBe(SOURCES.links);
    const features = (setData[0]!.args[1] as LinkCollection).features;
    expect(features).toHaveLength(model.network.edges.length);
    const looks = new Set<LinkLook>();
    for (const feature of features) {
      const edge = model.network.edges.find((e) => e.id === feature.properties.id)!;
      const byKind = linkStyle(edge, 'kind', model.palette);
      const byTheme = linkStyle(edge, 'theme', model.palette);
      expect(feature.properties).toMatchObject({
        look: byKind.look,
        width: byKind.width,
        kindColor: byKind.color,
        themeColor: byTheme.color,
      });
      looks.add(feature.properties.look);
      // Each look's layer draws exactly the features of that look.
      expect(layerOf(lookLayer(feature.properties.look)).filter).toEqual([
        '==',
        ['get', 'look'],
        feature.properties.look,
      ]);
    }
    expect([...looks].sort()).toEqual([...LINK_LOOKS].sort());
    // A draft is drawn in a look of its own, and is a proposed partnership all the same.
    const drafted = features.find((f) => f.properties.look === 'draft')!;
    expect(drafted.properties).toMatchObject({ id: 'partnership:cebu~osaka', proposed: true });
    // Co-attendance stays a hairline.
    const co = features.find((f) => f.properties.look === 'co-attendance')!;
    expect(co.properties.width).toBe(LOOKS['co-attendance'].fixedWidth);
  });

  it('calls the map only for what changed: colour mode, year, focus, data', () => {
    const model = sampleModel();
    const { overlay, fake, first } = drawn(model);
    // The first update sets the colour of every look and the (empty) halo.
    expect(first.filter((c) => c.op === 'setPaintProperty').map((c) => c.args)).toEqual(
      LINK_LOOKS.map((look) => [lookLayer(look), 'line-color', ['get', 'kindColor']]),
    );
    expect(first.filter((c) => c.op === 'setFilter')).toHaveLength(1);

    overlay.update(model, model, fake.map);
    expect(fake.take()).toEqual([]);

    const byTheme = { ...model, colorBy: 'theme' as const };
    overlay.update(byTheme, model, fake.map);
    expect(fake.take().map((c) => c.args)).toEqual(
      LINK_LOOKS.map((look) => [lookLayer(look), 'line-color', ['get', 'themeColor']]),
    );

    const in2019 = { ...byTheme, highlightYear: 2019 };
    overlay.update(in2019, byTheme, fake.map);
    expect(fake.take()).toEqual([
      {
        op: 'setFilter',
        args: [
          LINK_LAYERS.newLinks,
          [
            'in',
            ['get', 'id'],
            [
              'literal',
              ['workshop:bandung~osaka', 'workshop:cebu~osaka', 'co-attendance:bandung~cebu'],
            ],
          ],
        ],
      },
    ]);

    const palette = { ...in2019.palette };
    const repainted = { ...in2019, palette };
    overlay.update(repainted, in2019, fake.map);
    expect(fake.take().map((c) => c.op)).toEqual(['setData']);
  });

  it('dims the links out of focus and lifts those in it, by the focus rule of the encoding', () => {
    const model = sampleModel();
    const { overlay, fake } = drawn(model);
    const focused = { ...model, focus: { cities: [0], links: [0] } };
    overlay.update(focused, model, fake.map);
    const opacity = (look: LinkLook) => {
      const base = LOOKS[look].alpha;
      return [
        lookLayer(look),
        'line-opacity',
        [
          'case',
          ['boolean', ['feature-state', 'focus'], false],
          Math.max(base, FOCUS_FLOOR),
          base * FOCUS_DIM,
        ],
      ];
    };
    expect(fake.take().map((c) => c.args)).toEqual(LINK_LOOKS.map(opacity));

    // Another focused city keeps the rule: only the feature states change (the focus overlay).
    overlay.update({ ...focused, focus: { cities: [1], links: [2] } }, focused, fake.map);
    expect(fake.take()).toEqual([]);

    overlay.update(model, focused, fake.map);
    expect(fake.take().map((c) => c.args)).toEqual(
      LINK_LOOKS.map((look) => [lookLayer(look), 'line-opacity', LOOKS[look].alpha]),
    );
  });

  it('draws a new dataset from its own positions, not from arcs of the last one', () => {
    const { overlay, fake } = drawn();
    const moved = sampleModel(sampleDataset(139.7));
    overlay.update(moved, sampleModel(), fake.map);
    const features = (fake.take().find((c) => c.op === 'setData')!.args[1] as LinkCollection)
      .features;
    const partnership = features.find((f) => f.properties.id === 'partnership:bandung~osaka')!;
    const geometry = partnership.geometry as LineString | MultiLineString;
    const points =
      geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
    const ends = [points[0]![0], points.at(-1)![0]];
    expect(ends).toContain(139.7);
    expect(ends).not.toContain(135.5);
  });
});
