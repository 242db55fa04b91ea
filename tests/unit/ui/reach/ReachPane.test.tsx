// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { citiesOf } from '../../../../src/domain/dataset';
import { themePalette } from '../../../../src/domain/palette';
import type { Reach } from '../../../../src/domain/reach';
import type { Workshop } from '../../../../src/domain/types';
import { createTranslator } from '../../../../src/i18n/core';
import type { Language } from '../../../../src/state/language';
import type { ExportCaption } from '../../../../src/ui/exportCaption';
import { ReachPane } from '../../../../src/ui/reach/ReachPane';
import { BUNDLED as dataset } from '../bundledDataset';
import { englishLeft } from '../latinWords';

// No basemap in jsdom: every request fails, and the report map is drawn without land.
beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new TypeError('offline'))),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const OSAKA_TRAINING = dataset.workshops.find((w) => w.id === 'ws-2017-11-osaka')!;
// A follow-up with no figure for the people trained, made by hand: every bundled workshop has one.
const FOLLOW_UP: Workshop = {
  ...OSAKA_TRAINING,
  id: 'ws-follow-up',
  title: 'Follow-up visit',
  participants: null,
};
const OSAKA_QUEZON = dataset.partnerships.find((p) => p.id === 'p-osaka-quezon-city')!;
const cities = (...ids: string[]) => citiesOf(dataset, ids);

// The Nov 2017 Osaka training, its follow-up and the Osaka–Quezon City MoU (2018), by hand.
const REACH: Reach = {
  japaneseCities: cities('amagasaki', 'osaka', 'toyama', 'toyota'),
  overseasCities: cities('bandung', 'can-tho', 'ho-chi-minh-city', 'quezon-city'),
  countries: [
    { country: 'JP', cities: cities('amagasaki', 'osaka', 'toyama', 'toyota') },
    { country: 'VN', cities: cities('can-tho', 'ho-chi-minh-city') },
    { country: 'ID', cities: cities('bandung') },
    { country: 'PH', cities: cities('quezon-city') },
  ],
  overseasCountries: [
    { country: 'VN', cities: cities('can-tho', 'ho-chi-minh-city') },
    { country: 'ID', cities: cities('bandung') },
    { country: 'PH', cities: cities('quezon-city') },
  ],
  workshops: [OSAKA_TRAINING, FOLLOW_UP],
  peopleTrained: 7,
  workshopsWithPeople: [OSAKA_TRAINING],
  workshopsWithoutPeople: [FOLLOW_UP],
  partnerships: [OSAKA_QUEZON],
  activePartnerships: [OSAKA_QUEZON],
  newPartnershipsByYear: [{ year: 2018, partnerships: [OSAKA_QUEZON] }],
  years: null,
  empty: false,
};

const EMPTY: Reach = {
  japaneseCities: [],
  overseasCities: [],
  countries: [],
  overseasCountries: [],
  workshops: [],
  peopleTrained: 0,
  workshopsWithPeople: [],
  workshopsWithoutPeople: [],
  partnerships: [],
  activePartnerships: [],
  newPartnershipsByYear: [],
  years: null,
  empty: true,
};

const CAPTION: ExportCaption = {
  title: 'City-to-City Collaboration Network',
  filter: 'Themes: low-carbon',
  source: 'Data: bundled programme data',
  date: '29 Nov 2026',
};

function renderPane(reach: Reach, language: Language = 'en', caption = CAPTION) {
  const onSelectCity = vi.fn();
  const onOpenRecord = vi.fn();
  render(
    <I18nextProvider i18n={createTranslator(language)}>
      <ReachPane
        dataset={dataset}
        reach={reach}
        activity={{ themes: [], years: [], undated: 0, earlier: 0 }}
        growth={[]}
        palette={themePalette(dataset)}
        caption={caption}
        language={language}
        onSelectCity={onSelectCity}
        onOpenRecord={onOpenRecord}
      />
    </I18nextProvider>,
  );
  const pane = screen.getByRole('region', {
    name: language === 'en' ? 'Programme reach' : '事業の広がり',
  });
  return { pane, onSelectCity, onOpenRecord };
}

/** The radii of a map's circles. */
function radii(map: Element): number[] {
  return [...map.querySelectorAll('circle')].map((circle) => Number(circle.getAttribute('r')));
}

/** The figure whose button reads `name`, opened; its list. */
function open(pane: HTMLElement, name: RegExp): HTMLElement {
  const button = within(pane).getByRole('button', { name });
  expect(button.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(button);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  return document.getElementById(button.getAttribute('aria-controls')!)!;
}

describe('the reach pane', () => {
  it('heads the figures with the filters in words, the source and the date', () => {
    const { pane } = renderPane(REACH);
    expect(pane.textContent).toContain('Themes: low-carbon');
    expect(pane.textContent).toContain('Data: bundled programme data · 29 Nov 2026');
  });

  it('shows each figure with its number, and no list until it is opened', () => {
    const { pane } = renderPane(REACH);
    const figures = within(pane).getByRole('list', { name: 'Key figures' });
    const names = within(figures)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(names).toEqual([
      '4Japanese cities',
      '4Overseas cities',
      '3Countries reached (overseas)',
      '2Workshops',
      '7People trained1 workshop gives no figure',
      '1Active partnershipsactive today',
      '1New partnershipsby start year, 2018',
    ]);
    expect(within(pane).queryByRole('button', { name: 'Bandung' })).toBeNull();
  });

  it('opens "Overseas cities" to its cities, each selecting its city', () => {
    const { pane, onSelectCity } = renderPane(REACH);
    const list = open(pane, /Overseas cities/);
    expect(list.textContent).toContain('Can Tho Vietnam');
    fireEvent.click(within(list).getByRole('button', { name: 'Can Tho' }));
    expect(onSelectCity).toHaveBeenCalledWith('can-tho');
  });

  it('opens "Countries reached" to each country with its cities', () => {
    const { pane, onSelectCity } = renderPane(REACH);
    const list = open(pane, /Countries reached/);
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Vietnam 2 citiesCan Tho, Ho Chi Minh City',
      'Indonesia 1 cityBandung',
      'Philippines 1 cityQuezon City',
    ]);
    fireEvent.click(within(list).getByRole('button', { name: 'Bandung' }));
    expect(onSelectCity).toHaveBeenCalledWith('bandung');
  });

  it('opens "People trained" to the workshops with their figure and those without', () => {
    const { pane, onOpenRecord } = renderPane(REACH);
    const list = open(pane, /People trained/);
    const withFigure = within(list).getByRole('heading', { name: 'Workshops giving a figure' })
      .nextElementSibling as HTMLElement;
    expect(withFigure.textContent).toContain('7 people');
    const without = within(list).getByRole('heading', { name: 'Workshops giving no figure' })
      .nextElementSibling as HTMLElement;
    expect(without.textContent).toContain('Follow-up visit');
    fireEvent.click(within(without).getByRole('button', { name: 'Follow-up visit' }));
    expect(onOpenRecord).toHaveBeenCalledWith({ kind: 'workshop', id: 'ws-follow-up' });
    fireEvent.click(within(withFigure).getByRole('button', { name: OSAKA_TRAINING.title }));
    expect(onOpenRecord).toHaveBeenLastCalledWith({ kind: 'workshop', id: 'ws-2017-11-osaka' });
  });

  it('opens the partnerships figures to "A – B" buttons that open each partnership', () => {
    const { pane, onOpenRecord } = renderPane(REACH);
    const active = open(pane, /Active partnerships/);
    fireEvent.click(within(active).getByRole('button', { name: 'Osaka – Quezon City' }));
    expect(onOpenRecord).toHaveBeenCalledWith({ kind: 'partnership', id: 'p-osaka-quezon-city' });
    const byYear = open(pane, /New partnerships/);
    expect(within(byYear).getByRole('heading', { name: '2018: 1' })).not.toBeNull();
    expect(within(byYear).getByRole('button', { name: 'Osaka – Quezon City' })).not.toBeNull();
  });

  it('opens "Japanese cities" to buttons that select each city', () => {
    const { pane, onSelectCity } = renderPane(REACH);
    const list = open(pane, /Japanese cities/);
    fireEvent.click(within(list).getByRole('button', { name: 'Toyota' }));
    expect(onSelectCity).toHaveBeenCalledWith('toyota');
  });

  it('draws the report map without land when the basemap cannot be fetched', () => {
    const { pane } = renderPane(REACH);
    const map = within(pane).getByRole('img', { name: 'Map of 8 cities in 4 countries' });
    expect(map.querySelectorAll('circle')).toHaveLength(8);
    // Osaka–Quezon City (partnership) and 4 participants × (2 hosts + 2 lecturers) (workshops).
    expect(map.querySelectorAll('line')).toHaveLength(17);
    expect(map.querySelector('.report-land')).toBeNull();
  });

  it('draws the basemap’s land around the cities, not over the sea', async () => {
    // One island around Osaka, wound as GeoJSON winds it (counter-clockwise): the reverse of what
    // d3 reads as a small shape on the sphere, which would fill the whole frame instead.
    const island = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Island' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [134, 33],
                [137, 33],
                [137, 36],
                [134, 36],
                [134, 33],
              ],
            ],
          },
        },
      ],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify(island), { status: 200 }))),
    );
    const { pane } = renderPane(REACH);
    const map = within(pane).getByRole('img', { name: 'Map of 8 cities in 4 countries' });
    const land = await waitFor(() => {
      const path = map.querySelector('.report-land');
      expect(path).not.toBeNull();
      return path!;
    });
    const osaka = [...map.querySelectorAll('circle')].find(
      (circle) => circle.getAttribute('r') === String(Math.max(...radii(map))),
    )!;
    const xs = (land.getAttribute('d')!.match(/-?\d+(\.\d+)?/g) ?? [])
      .map(Number)
      .filter((_, i) => i % 2 === 0);
    const width = Number(map.getAttribute('viewBox')!.split(' ')[2]);
    // Only the island is land: a narrow shape around Osaka, far from the frame's edges.
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(width / 4);
    const osakaX = Number(osaka.getAttribute('cx'));
    expect(Math.min(...xs)).toBeLessThan(osakaX);
    expect(Math.max(...xs)).toBeGreaterThan(osakaX);
  });

  it('prints with the browser’s print dialog', () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { pane } = renderPane(REACH);
    fireEvent.click(within(pane).getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says so in place of figures, map and charts when no record matches', () => {
    const { pane } = renderPane(EMPTY);
    expect(pane.textContent).toContain('No workshop or partnership matches these filters.');
    expect(pane.textContent).toContain('reset them in the sidebar');
    expect(within(pane).queryByRole('list', { name: 'Key figures' })).toBeNull();
    expect(within(pane).queryByRole('img')).toBeNull();
    expect(pane.querySelector('.reach-charts')).toBeNull();
  });

  it('speaks Japanese: figures, notes and the map’s description', () => {
    const { pane } = renderPane(REACH, 'ja', { ...CAPTION, filter: '分野：低炭素' });
    const figures = within(pane).getByRole('list', { name: '主な数値' });
    expect(figures.textContent).toContain('7研修参加者数人数の記録がない研修：1件');
    const list = open(pane, /日本の都市/);
    expect(within(list).getByRole('button', { name: '大阪市' })).not.toBeNull();
    const map = within(pane).getByRole('img', { name: '4か国・8都市の地図' });
    expect(englishLeft(figures, dataset)).toEqual([]);
    expect(englishLeft(map.parentElement!, dataset)).toEqual([]);
  });
});
