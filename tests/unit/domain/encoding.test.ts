import { describe, expect, it } from 'vitest';
import {
  CITY_LOOK,
  CITY_RADIUS,
  cityRadius,
  focusAlpha,
  LINK_WIDTH,
  linkLegend,
  linkStyle,
  LOOKS,
  ROLE_LOOK,
  ROLE_ORDER,
  ROLE_SAMPLE_RADIUS,
  roleLegend,
  sizeLegend,
} from '../../../src/domain/encoding';
import type { NetworkEdge } from '../../../src/domain/network';
import { REGION_COLORS, type ThemePalette } from '../../../src/domain/palette';
import { makePartnership, makeWorkshop } from '../../support/records';

const palette: ThemePalette = {
  themes: [{ theme: 'waste', color: '#009E73' }],
  colorOf: (theme) => (theme === 'waste' ? '#009E73' : '#8C8C8C'),
};

function edge(overrides: Partial<NetworkEdge>): NetworkEdge {
  return {
    id: 'e',
    kind: 'partnership',
    source: 'a',
    target: 'b',
    themes: [],
    years: [],
    yearUnknown: false,
    partnerships: [],
    workshops: [],
    ...overrides,
  };
}

const partnership = (status: 'active' | 'proposed', themes: string[] = []) =>
  makePartnership({ id: 'p', cityAId: 'a', cityBId: 'b', status, themes });

describe('the visual encoding', () => {
  it('draws a proposed partnership dotted in the partnership colour, and dashes scale with width', () => {
    const proposed = linkStyle(edge({ partnerships: [partnership('proposed')] }), 'kind', palette);
    expect(proposed.look).toBe('proposed');
    expect(proposed.color).toBe(LOOKS.partnership.color);
    expect(proposed.dash).toEqual(LOOKS.proposed.dash.map((step) => step * proposed.width));

    const workshops = Array.from({ length: 5 }, (_, i) => makeWorkshop({ id: `w${i}` }));
    const workshop = linkStyle(edge({ kind: 'workshop', workshops }), 'kind', palette);
    expect(workshop.width).toBeGreaterThan(LINK_WIDTH.min);
    expect(workshop.dash).toEqual([3 * workshop.width, 2 * workshop.width]);
  });

  it('draws a link of drafts alone in a colour and dash of its own, and a draft beside a record as that record', () => {
    const draft = { ...partnership('proposed'), id: 'draft:a~b', draft: true as const };
    const drafted = linkStyle(edge({ partnerships: [draft] }), 'kind', palette);
    expect(drafted.look).toBe('draft');
    expect(drafted.color).toBe(LOOKS.draft.color);
    expect(drafted.dash).toEqual(LOOKS.draft.dash.map((step) => step * drafted.width));
    // Told apart from every other link, by colour and, when links are coloured by theme, by dash.
    for (const look of ['partnership', 'proposed', 'workshop', 'co-attendance'] as const) {
      expect(LOOKS.draft.color, look).not.toBe(LOOKS[look].color);
      expect(LOOKS.draft.dash, look).not.toEqual(LOOKS[look].dash);
    }
    // Nor is it the colour of a role's rings, which mark cities on the same drawing.
    for (const role of ROLE_ORDER) expect(LOOKS.draft.color, role).not.toBe(ROLE_LOOK[role].color);
    // A draft of a pair the data already proposes, or partners, shows the data's look.
    expect(
      linkStyle(edge({ partnerships: [draft, partnership('proposed')] }), 'kind', palette).look,
    ).toBe('proposed');
    expect(
      linkStyle(edge({ partnerships: [draft, partnership('active')] }), 'kind', palette).look,
    ).toBe('partnership');
    // The legend has a sample for it, told apart from proposed by its dash when by theme.
    const byTheme = linkLegend('theme');
    const sample = (look: string) => byTheme.find((entry) => entry.look === look)!;
    expect(sample('draft').dash).not.toEqual(sample('proposed').dash);
    expect(linkLegend('kind').find((entry) => entry.look === 'draft')?.color).toBe(
      LOOKS.draft.color,
    );
  });

  it('keeps co-attendance a faint hairline however many records are behind it', () => {
    const workshops = Array.from({ length: 9 }, (_, i) => makeWorkshop({ id: `w${i}` }));
    const style = linkStyle(edge({ kind: 'co-attendance', workshops }), 'kind', palette);
    expect(style.width).toBe(1);
    expect(style.alpha).toBeLessThan(LOOKS.workshop.alpha);
  });

  it('colours by the main theme in theme mode, and grey for a link with no theme', () => {
    const waste = edge({ partnerships: [partnership('active', ['waste'])] });
    expect(linkStyle(waste, 'theme', palette).color).toBe('#009E73');
    expect(linkStyle(edge({ partnerships: [partnership('active')] }), 'theme', palette).color).toBe(
      '#8C8C8C',
    );
  });

  it('derives the legend from the same looks the marks use', () => {
    const legend = linkLegend('kind', 3);
    const drawn = linkStyle(
      edge({ partnerships: [partnership('active'), partnership('active'), partnership('active')] }),
      'kind',
      palette,
    );
    const sample = legend.find((entry) => entry.look === 'partnership')!;
    expect(sample).toMatchObject({ color: drawn.color, width: drawn.width, alpha: drawn.alpha });
    expect(legend.find((entry) => entry.look === 'co-attendance')!.alpha).toBe(
      LOOKS['co-attendance'].alpha,
    );
    // By theme, the line samples carry no kind colour: the theme list explains the colours.
    expect(new Set(linkLegend('theme').map((entry) => entry.color)).size).toBe(1);
  });

  it('sizes cities on a square-root scale between the smallest and largest radius', () => {
    expect(cityRadius(0, 10)).toBe(CITY_RADIUS.min);
    expect(cityRadius(10, 10)).toBe(CITY_RADIUS.max);
    expect(cityRadius(5, 0)).toBe(CITY_RADIUS.min);
    const quarter = cityRadius(25, 100);
    expect(quarter).toBeCloseTo(CITY_RADIUS.min + (CITY_RADIUS.max - CITY_RADIUS.min) / 2);
    expect(sizeLegend(12).map((entry) => entry.value)).toEqual([1, 3, 12]);
  });

  it('dims what is out of focus and lifts what is in it', () => {
    expect(focusAlpha(0.25, false, false)).toBe(0.25);
    expect(focusAlpha(0.25, true, true)).toBe(0.9);
    expect(focusAlpha(0.8, true, false)).toBeCloseTo(0.12);
  });
});

describe('role marks', () => {
  const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'];

  it('tells a host, a participant and a lecturer apart by the shape of the mark, not by colour alone', () => {
    const shape = (role: 'host' | 'participant' | 'resource') =>
      JSON.stringify(ROLE_LOOK[role].rings.map((ring) => ring.width));
    expect(new Set([shape('host'), shape('participant'), shape('resource')]).size).toBe(3);
    expect(ROLE_LOOK.host.rings).toHaveLength(2);
  });

  it('marks roles in Okabe–Ito colours that are neither a city fill nor the selected ring', () => {
    const taken = [...Object.values(REGION_COLORS), CITY_LOOK.selectedRing.color];
    const workshopColours = (['host', 'participant', 'resource'] as const).map(
      (role) => ROLE_LOOK[role].color,
    );
    expect(new Set(workshopColours).size).toBe(3);
    for (const role of ROLE_ORDER) {
      expect(OKABE_ITO).toContain(ROLE_LOOK[role].color);
      expect(taken).not.toContain(ROLE_LOOK[role].color);
    }
  });

  it('keys only the roles present, each once, hosts first, with the rings the views draw', () => {
    const entries = roleLegend(['resource', 'participant', 'host', 'participant']);
    expect(entries.map((entry) => entry.role)).toEqual(['host', 'participant', 'resource']);
    const host = entries[0]!;
    expect(host.color).toBe(ROLE_LOOK.host.color);
    expect(host.rings).toEqual(
      ROLE_LOOK.host.rings.map(({ gap, width }) => ({
        r: ROLE_SAMPLE_RADIUS + gap + width / 2,
        width,
      })),
    );
    expect(roleLegend([])).toEqual([]);
  });
});
