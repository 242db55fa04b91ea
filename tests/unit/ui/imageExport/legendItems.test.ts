import { describe, expect, it } from 'vitest';
import { cityStyle, DEFAULT_CITY_STYLE } from '../../../../src/domain/cityStyle';
import { createDataset } from '../../../../src/domain/dataset';
import { LEGEND_NEUTRAL, LOOKS, ROLE_LOOK } from '../../../../src/domain/encoding';
import { DEFAULT_FILTERS } from '../../../../src/domain/filters';
import type { LegendSection } from '../../../../src/domain/legendSample';
import { computeMetrics } from '../../../../src/domain/metrics';
import { buildNetwork } from '../../../../src/domain/network';
import { communityColor, REGION_COLORS, themePalette } from '../../../../src/domain/palette';
import { recordHighlight } from '../../../../src/domain/records';
import { createTranslator } from '../../../../src/i18n/core';
import type { Language } from '../../../../src/state/language';
import { imageLegend, type LegendView } from '../../../../src/ui/imageExport/legendItems';
import { wordsFor } from '../../../../src/ui/wording';
import { makeCity, makePartnership } from '../../../support/records';
import { BUNDLED } from '../bundledDataset';

/** The image legend of `view` in `language`. */
function legendOf(view: LegendView, language: Language = 'en'): LegendSection[] {
  const t = createTranslator(language).getFixedT(language, ['view', 'terms', 'images'] as const);
  return imageLegend(view, t, wordsFor(t, language));
}

const section = (legend: LegendSection[], heading: string) =>
  legend.find((s) => s.heading === heading);
const labels = (legend: LegendSection[], heading: string) =>
  section(legend, heading)?.entries.map((entry) => entry.label);

// Japanese cities only, linked by partnerships alone: one region, one look.
const japanOnly = createDataset(
  ['osaka', 'kobe', 'kyoto'].map((id) => makeCity({ id, name: id, country: 'JP' })),
  [],
  [
    makePartnership({ id: 'p1', cityAId: 'osaka', cityBId: 'kobe', themes: ['waste'] }),
    makePartnership({ id: 'p2', cityAId: 'osaka', cityBId: 'kyoto', themes: ['energy'] }),
  ],
);

const viewOf = (dataset = BUNDLED): LegendView => {
  const network = buildNetwork(dataset, DEFAULT_FILTERS);
  return {
    network,
    cityStyle: DEFAULT_CITY_STYLE,
    linkColorBy: 'kind',
    palette: themePalette(dataset),
    highlight: null,
  };
};

describe('the legend of an image', () => {
  it('explains what the image shows, and nothing it does not', () => {
    const legend = legendOf(viewOf(japanOnly));
    expect(labels(legend, 'Cities')).toEqual(['Japan']);
    expect(labels(legend, 'Links')).toEqual(['Partnership']);
    expect(section(legend, 'Links')!.note).toBe('Thicker lines stand for more records.');
    expect(section(legend, 'Roles')).toBeUndefined();
    expect(section(legend, 'Colour: main theme')).toBeUndefined();
    expect(section(legend, 'Cities')!.entries[0]!.sample).toMatchObject({
      type: 'dot',
      color: REGION_COLORS.japan,
    });
  });

  it('on the bundled data, names the regions and the looks of links drawn, each as the encoding draws it', () => {
    const legend = legendOf(viewOf());
    expect(labels(legend, 'Cities')!.slice(0, 2)).toEqual(['Japan', 'Southeast Asia']);
    expect(labels(legend, 'Links')).toEqual(
      expect.arrayContaining([
        'Partnership',
        'Workshop: participant – host or lecturer',
        'Attended the same workshop',
      ]),
    );
    const workshop = section(legend, 'Links')!.entries.find((e) => e.label.startsWith('Workshop'))!;
    expect(workshop.sample).toMatchObject({
      type: 'line',
      color: LOOKS.workshop.color,
      alpha: LOOKS.workshop.alpha,
      cap: LOOKS.workshop.cap,
    });
    // Dashed where the encoding dashes it: its steps times the width drawn.
    const line = workshop.sample as { width: number; dash: readonly number[] };
    expect(line.dash).toEqual(LOOKS.workshop.dash.map((step) => step * line.width));
    expect(section(legend, 'Size: links in view')!.entries.map((e) => e.sample.type)).toContain(
      'size',
    );
  });

  it('with the Nov 2017 Osaka training open, keys the rings of its hosts, participants and lecturers', () => {
    const view = viewOf();
    const highlight = recordHighlight(BUNDLED, view.network, {
      kind: 'workshop',
      id: 'ws-2017-11-osaka',
    });
    const legend = legendOf({ ...view, highlight });
    expect(labels(legend, 'Roles')).toEqual(['Host', 'Participant', 'Lecturer / support']);
    const host = section(legend, 'Roles')!.entries[0]!.sample;
    expect(host).toMatchObject({ type: 'rings', color: ROLE_LOOK.host.color });
    expect(host.type === 'rings' && host.rings).toHaveLength(2);
  });

  it('by theme, draws the looks in grey and lists the colours of the themes drawn', () => {
    const dataset = japanOnly;
    const legend = legendOf({ ...viewOf(dataset), linkColorBy: 'theme' });
    expect(section(legend, 'Links')!.entries[0]!.sample).toMatchObject({ color: LEGEND_NEUTRAL });
    const palette = themePalette(dataset);
    // The palette's order (most used first; here a tie, in the alphabet's), each in its colour.
    expect(section(legend, 'Colour: main theme')!.entries).toEqual([
      { sample: { type: 'swatch', color: palette.colorOf('energy') }, label: 'energy' },
      { sample: { type: 'swatch', color: palette.colorOf('waste') }, label: 'waste' },
    ]);
  });

  it('coloured by group, names the groups by their colours', () => {
    const view = viewOf();
    const metrics = computeMetrics(view.network);
    const legend = legendOf({ ...view, cityStyle: cityStyle(metrics, 'degree', 'community') });
    const entries = section(legend, 'Cities')!.entries;
    expect(entries[0]).toMatchObject({ label: 'Group 1', sample: { color: communityColor(0) } });
    expect(entries.every((e) => /^Group \d$|^Other groups$/.test(e.label))).toBe(true);
  });

  it('speaks Japanese', () => {
    const legend = legendOf(viewOf(japanOnly), 'ja');
    expect(labels(legend, '都市')).toEqual(['日本']);
    expect(labels(legend, 'つながり')).toEqual(['連携']);
  });

  it('is empty for an empty network', () => {
    const empty = createDataset([], [], []);
    expect(legendOf(viewOf(empty))).toEqual([]);
  });
});
