// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { cityStyle, DEFAULT_CITY_STYLE, type CityStyle } from '../../../src/domain/cityStyle';
import {
  LEGEND_NEUTRAL,
  ROLE_LOOK,
  LINK_LOOKS,
  linkWidth,
  LOOKS,
  type LinkColorMode,
} from '../../../src/domain/encoding';
import { createDataset } from '../../../src/domain/dataset';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { computeMetrics } from '../../../src/domain/metrics';
import { buildNetwork } from '../../../src/domain/network';
import { themePalette } from '../../../src/domain/palette';
import type { HighlightRole } from '../../../src/domain/records';
import { EN, JA } from '../../../src/i18n/catalogue';
import { createTranslator } from '../../../src/i18n/core';
import type { Language } from '../../../src/state/language';
import { Legend } from '../../../src/ui/Legend';
import { makeCity, makePartnership, makeWorkshop } from '../../support/records';

// A hub with partners and workshop peers, every look of a link, and two themes.
const dataset = createDataset(
  ['hub', 'a', 'b', 'c', 'd'].map((id, i) => makeCity({ id, name: id, lon: 100 + i })),
  [
    makeWorkshop({
      id: 'w',
      themes: ['energy'],
      hostCityIds: ['hub'],
      participantCityIds: ['a', 'b'],
    }),
  ],
  [
    makePartnership({ id: 'p1', cityAId: 'hub', cityBId: 'a', themes: ['waste'] }),
    makePartnership({ id: 'p2', cityAId: 'hub', cityBId: 'c', themes: ['waste'] }),
    makePartnership({ id: 'p3', cityAId: 'hub', cityBId: 'd', status: 'proposed' }),
  ],
);
const network = buildNetwork(dataset, DEFAULT_FILTERS);
const palette = themePalette(dataset);

afterEach(cleanup);

function renderLegend(
  colorBy: LinkColorMode,
  language: Language = 'en',
  style: CityStyle = DEFAULT_CITY_STYLE,
  roles: readonly HighlightRole[] = [],
) {
  return render(
    <I18nextProvider i18n={createTranslator(language)}>
      <Legend
        network={network}
        palette={palette}
        colorBy={colorBy}
        cityStyle={style}
        cityColorBy="region"
        communities={0}
        placement={OPEN_LEFT}
        roles={roles}
      />
    </I18nextProvider>,
  );
}

/** An open legend at the left, placed by the test rather than a hook. */
const OPEN_LEFT = {
  side: 'left',
  setSide: () => {},
  takeMoveFocus: () => false,
  open: true,
  setOpen: () => {},
} as const;

/** The line drawn next to a legend label. */
function sample(label: string): SVGLineElement {
  const line = screen.getByText(label).closest('li')!.querySelector('line');
  expect(line, label).not.toBeNull();
  return line!;
}

describe('the legend', () => {
  it('draws co-attendance as faint as the map and the graph do', () => {
    renderLegend('kind');
    const line = sample('Attended the same workshop');
    expect(Number(line.getAttribute('opacity'))).toBe(LOOKS['co-attendance'].alpha);
    expect(Number(line.getAttribute('stroke-width'))).toBe(LOOKS['co-attendance'].fixedWidth);
    expect(line.getAttribute('stroke')).toBe(LOOKS['co-attendance'].color);
  });

  it('draws each look of a link in its colour, opacity, caps and dashes scaled to its width', () => {
    const { container } = renderLegend('kind');
    const items = [...container.querySelectorAll('li[data-look]')];
    expect(items.map((li) => li.getAttribute('data-look')).sort()).toEqual([...LINK_LOOKS].sort());
    for (const li of items) {
      const look = LOOKS[li.getAttribute('data-look') as keyof typeof LOOKS];
      const line = li.querySelector('line')!;
      const width = Number(line.getAttribute('stroke-width'));
      expect(width).toBe(look.fixedWidth ?? linkWidth(3));
      expect(line.getAttribute('stroke')).toBe(look.color);
      expect(Number(line.getAttribute('opacity'))).toBe(look.alpha);
      expect(line.getAttribute('stroke-linecap')).toBe(look.cap);
      const dash = line.getAttribute('stroke-dasharray');
      expect(dash === null ? [] : dash.split(' ').map(Number)).toEqual(
        look.dash.map((step) => step * width),
      );
    }
    // A workshop line is dashed, a proposed partnership dotted.
    expect(
      sample('Workshop: participant – host or lecturer').getAttribute('stroke-dasharray'),
    ).not.toBeNull();
    expect(sample('Proposed partnership').getAttribute('stroke-linecap')).toBe('round');
  });

  it('by theme, draws the same looks in grey and lists the palette of themes and the grey of the rest', () => {
    renderLegend('theme');
    for (const label of ['Partnership', 'Attended the same workshop'])
      expect(sample(label).getAttribute('stroke')).toBe(LEGEND_NEUTRAL);
    // Only the colour changes with the mode: co-attendance stays as faint as it is drawn.
    expect(Number(sample('Attended the same workshop').getAttribute('opacity'))).toBe(
      LOOKS['co-attendance'].alpha,
    );
    expect(palette.themes.length).toBeGreaterThan(0);
    for (const { theme, color } of palette.themes) {
      const swatch = screen.getByText(theme).closest('li')!.querySelector('rect')!;
      expect(swatch.getAttribute('fill')).toBe(color);
    }
    const rest = screen.getByText('other or none').closest('li')!.querySelector('rect')!;
    expect(rest.getAttribute('fill')).toBe(palette.colorOf(undefined));
  });

  it('names what the size measures', () => {
    renderLegend('kind', 'en', cityStyle(computeMetrics(network), 'degree', 'region'));
    expect(screen.getByRole('heading', { name: 'Size: partner cities' })).toBeTruthy();
  });

  it('reads in Japanese from the Japanese catalogue: headings, regions, links and themes', () => {
    renderLegend('theme', 'ja', cityStyle(computeMetrics(network), 'betweenness', 'region'));
    expect(screen.getByText(JA.view.legend.title)).toBeTruthy();
    for (const heading of [JA.view.legend.cities, JA.view.legend.links])
      expect(screen.getByRole('heading', { name: heading })).toBeTruthy();
    const size = createTranslator('ja').t('view:legend.size', {
      measure: JA.terms.size.betweenness,
    });
    expect(screen.getByRole('heading', { name: size })).toBeTruthy();
    expect(screen.getByText(JA.terms.region.japan)).toBeTruthy();
    expect(sample(JA.view.legend.look['co-attendance'])).toBeTruthy();
    expect(screen.getByText(JA.view.legend.thicker)).toBeTruthy();
    // The data's themes in the glossary's words, the rest as the data writes them.
    expect(screen.getByText(JA.terms.theme.waste)).toBeTruthy();
    expect(screen.getByText(JA.view.legend.otherTheme)).toBeTruthy();
    expect(screen.queryByText(EN.view.legend.title)).toBeNull();
  });

  it('keys the roles of the open record with the rings the map and the graph draw, and only then', () => {
    const { unmount } = renderLegend('kind');
    expect(screen.queryByRole('heading', { name: 'Roles' })).toBeNull();
    unmount();
    renderLegend('kind', 'en', DEFAULT_CITY_STYLE, ['participant', 'host', 'resource', 'host']);
    expect(screen.getByRole('heading', { name: 'Roles' })).toBeTruthy();
    const items = screen.getByRole('heading', { name: 'Roles' }).nextElementSibling!;
    expect([...items.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Host',
      'Participant',
      'Lecturer / support',
    ]);
    const rings = (label: string) =>
      [...screen.getByText(label).closest('li')!.querySelectorAll('circle[fill="none"]')].map(
        (ring) => [ring.getAttribute('stroke'), Number(ring.getAttribute('stroke-width'))],
      );
    expect(rings('Host')).toEqual(
      ROLE_LOOK.host.rings.map((ring) => [ROLE_LOOK.host.color, ring.width]),
    );
    expect(rings('Participant')).toEqual([
      [ROLE_LOOK.participant.color, ROLE_LOOK.participant.rings[0]!.width],
    ]);
    expect(rings('Lecturer / support')).toEqual([
      [ROLE_LOOK.resource.color, ROLE_LOOK.resource.rings[0]!.width],
    ]);
  });

  it("keys a partnership's two cities as partners, in Japanese too", () => {
    renderLegend('kind', 'ja', DEFAULT_CITY_STYLE, ['partner', 'partner']);
    expect(screen.getByRole('heading', { name: '役割' })).toBeTruthy();
    const item = screen.getByText('連携都市').closest('li')!;
    expect(item.querySelector('circle[fill="none"]')!.getAttribute('stroke')).toBe(
      ROLE_LOOK.partner.color,
    );
  });
});
