// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OTHER_COLOR, REGION_COLORS, type ThemePalette } from '../../../../src/domain/palette';
import {
  NO_THEME,
  OTHER_THEMES,
  type ActivitySeries,
  type CountryReach,
} from '../../../../src/domain/reach';
import { createTranslator } from '../../../../src/i18n/core';
import type { Language } from '../../../../src/state/language';
import { downloadText } from '../../../../src/ui/download';
import type { ExportCaption } from '../../../../src/ui/exportCaption';
import { ActivityChart } from '../../../../src/ui/reach/charts/ActivityChart';
import { CountryChart } from '../../../../src/ui/reach/charts/CountryChart';
import { GrowthChart } from '../../../../src/ui/reach/charts/GrowthChart';
import { makeCity } from '../../../support/records';

// The download itself needs a browser (a blob URL and a click): here we see what would be saved.
vi.mock('../../../../src/ui/download', async (original) => ({
  ...(await original<typeof import('../../../../src/ui/download')>()),
  downloadText: vi.fn(),
}));

afterEach(() => {
  cleanup();
  vi.mocked(downloadText).mockClear();
});

const CAPTION: ExportCaption = {
  title: 'City-to-City Collaboration Network',
  filter: 'All records',
  source: 'Data: bundled programme data',
  date: '29 Nov 2026',
};

const WASTE = '#0072B2';
const ENERGY = '#E69F00';
const PALETTE: ThemePalette = {
  themes: [
    { theme: 'waste', color: WASTE },
    { theme: 'energy', color: ENERGY },
  ],
  colorOf: (theme) => (theme === 'waste' ? WASTE : theme === 'energy' ? ENERGY : OTHER_COLOR),
};

// 2016 has no record: a gap in the years, drawn as no column but listed in the table.
const SERIES: ActivitySeries = {
  themes: ['waste', 'energy', OTHER_THEMES, NO_THEME],
  years: [
    { year: 2015, counts: [1, 0, 0, 2] },
    { year: 2016, counts: [0, 0, 0, 0] },
    { year: 2017, counts: [1234, 1, 1, 0] },
  ],
  undated: 3,
  earlier: 0,
};

const GROWTH = [
  { year: 2015, cities: 4 },
  { year: 2016, cities: 6 },
  { year: 2017, cities: 6 },
  { year: 2018, cities: 9 },
];

const cities = (country: string, count: number) =>
  Array.from({ length: count }, (_, i) => makeCity({ id: `${country}-${i}`, country }));
const COUNTRIES: CountryReach[] = [
  { country: 'JP', cities: cities('JP', 3) },
  { country: 'ID', cities: cities('ID', 2) },
  { country: 'VN', cities: cities('VN', 1) },
];

function inLanguage(language: Language, node: ReactNode) {
  return render(<I18nextProvider i18n={createTranslator(language)}>{node}</I18nextProvider>);
}

/** The chart's figure, found by its visible title. */
function figure(title: string): HTMLElement {
  return screen.getByRole('figure', { name: title });
}

/** The rows of a figure's data table, each as its cells' texts. */
function tableRows(figureElement: HTMLElement): string[][] {
  const table = within(figureElement).getByRole('table', { hidden: true });
  return within(table)
    .getAllByRole('row', { hidden: true })
    .slice(1)
    .map((row) => Array.from(row.children).map((cell) => cell.textContent ?? ''));
}

/** The sentence that sums the chart up (its SVG's accessible description). */
function desc(figureElement: HTMLElement): string {
  return within(figureElement).getByRole('img').querySelector('desc')?.textContent ?? '';
}

describe('the activity chart', () => {
  it('draws a stacked column for each year with records, and lists every year in its table', () => {
    inLanguage(
      'en',
      <ActivityChart series={SERIES} palette={PALETTE} caption={CAPTION} language="en" />,
    );
    const chart = figure('Activity per year, by theme');
    const svg = within(chart).getByRole('img', { name: 'Activity per year, by theme' });
    const columns = svg.querySelectorAll('[data-year]');
    expect(Array.from(columns, (column) => column.getAttribute('data-year'))).toEqual([
      '2015',
      '2017',
    ]);
    // 2015: waste and no theme; 2017: waste, energy and other themes, in the stack's colours.
    const fills = (year: string) =>
      Array.from(svg.querySelectorAll(`[data-year="${year}"] rect`), (rect) =>
        rect.getAttribute('fill'),
      );
    expect(fills('2015')).toEqual([WASTE, OTHER_COLOR]);
    expect(fills('2017')).toEqual([WASTE, ENERGY, OTHER_COLOR]);
    expect(tableRows(chart)).toEqual([
      ['2015', '1', '0', '0', '2'],
      ['2016', '0', '0', '0', '0'],
      ['2017', '1,234', '1', '1', '0'],
    ]);
    const head = within(chart).getAllByRole('columnheader', { hidden: true });
    expect(head.map((cell) => cell.textContent)).toEqual([
      'Year',
      'waste',
      'energy',
      'Other themes',
      'No theme',
    ]);
  });

  it('says what it shows: axes, legend, the years it spans and the records it leaves out', () => {
    inLanguage(
      'en',
      <ActivityChart series={SERIES} palette={PALETTE} caption={CAPTION} language="en" />,
    );
    const chart = figure('Activity per year, by theme');
    const svgText = within(chart).getByRole('img').textContent;
    for (const words of [
      'Records (a record counts in each of its themes)',
      'Year',
      'Other themes',
      'No theme',
      '3 records without a year are not shown',
    ])
      expect(svgText).toContain(words);
    expect(desc(chart)).toBe(
      'Records per year by theme from 2015 to 2017; the tallest column is 2017, with 1,236. 3 records without a year are not shown.',
    );
  });

  it('speaks Japanese', () => {
    inLanguage(
      'ja',
      <ActivityChart series={SERIES} palette={PALETTE} caption={CAPTION} language="ja" />,
    );
    const chart = figure('年ごとの活動（分野別）');
    const svgText = within(chart).getByRole('img').textContent;
    for (const words of [
      '廃棄物',
      'その他の分野',
      '分野なし',
      '年の不明な記録3件は表示していません',
    ])
      expect(svgText).toContain(words);
    expect(desc(chart)).toContain('2015年から2017年まで');
    expect(within(chart).getByText('データを表で見る')).toBeTruthy();
    expect(within(chart).getByRole('button', { name: /^SVGをダウンロード/ })).toBeTruthy();
  });

  it('says so in one line when no record has a year, rather than drawing empty axes', () => {
    inLanguage(
      'en',
      <ActivityChart
        series={{ themes: ['waste'], years: [], undated: 2, earlier: 0 }}
        palette={PALETTE}
        caption={CAPTION}
        language="en"
      />,
    );
    const chart = figure('Activity per year, by theme');
    expect(within(chart).getByText('No record with a year in this selection.')).toBeTruthy();
    expect(within(chart).queryByRole('img')).toBeNull();
    expect(within(chart).queryByRole('button')).toBeNull();
  });

  it('says records began before the filtered years rather than that there are none', () => {
    inLanguage(
      'en',
      <ActivityChart
        series={{ themes: [], years: [], undated: 0, earlier: 21 }}
        palette={PALETTE}
        caption={CAPTION}
        language="en"
      />,
    );
    expect(
      screen.getByText(
        'No record began in these years; 21 began earlier and are still active in them.',
      ),
    ).toBeTruthy();
  });

  it('downloads itself as an SVG file that names the chart, the filters and the source', () => {
    inLanguage(
      'en',
      <ActivityChart series={SERIES} palette={PALETTE} caption={CAPTION} language="en" />,
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Download SVG: Activity per year, by theme' }),
    );
    expect(downloadText).toHaveBeenCalledTimes(1);
    const [name, text, type] = vi.mocked(downloadText).mock.calls[0]!;
    expect(name).toMatch(/^reach-activity-\d{4}-\d{2}-\d{2}\.svg$/);
    expect(type).toBe('image/svg+xml');
    const file = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(file.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(file.documentElement.querySelectorAll('[data-year]')).toHaveLength(2);
    for (const words of [
      'Activity per year, by theme',
      'All records',
      'Data: bundled programme data',
    ])
      expect(file.documentElement.textContent).toContain(words);
  });
});

describe('the growth chart', () => {
  it('draws a point for each year and lists the same counts in its table', () => {
    inLanguage('en', <GrowthChart growth={GROWTH} reached={9} caption={CAPTION} language="en" />);
    const chart = figure('Overseas cities reached');
    const points = within(chart).getByRole('img').querySelectorAll('circle');
    expect(Array.from(points, (point) => point.getAttribute('data-year'))).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
    ]);
    // Higher counts sit higher.
    const heights = Array.from(points, (point) => Number(point.getAttribute('cy')));
    expect(heights[0]).toBeGreaterThan(heights[1]!);
    expect(heights[1]).toBe(heights[2]);
    expect(heights[2]).toBeGreaterThan(heights[3]!);
    expect(tableRows(chart)).toEqual([
      ['2015', '4'],
      ['2016', '6'],
      ['2017', '6'],
      ['2018', '9'],
    ]);
    expect(desc(chart)).toBe('Overseas cities reached grew from 4 in 2015 to 9 in 2018.');
    expect(within(chart).getByRole('img').textContent).toContain('Year');
  });

  it('says how many reached cities have no year to be drawn in', () => {
    inLanguage('en', <GrowthChart growth={GROWTH} reached={11} caption={CAPTION} language="en" />);
    const chart = figure('Overseas cities reached');
    const note = '2 more overseas cities have no dated record and are not drawn';
    expect(within(chart).getByRole('img').textContent).toContain(note);
    expect(desc(chart)).toContain(note);
  });

  it('speaks Japanese', () => {
    inLanguage('ja', <GrowthChart growth={GROWTH} reached={9} caption={CAPTION} language="ja" />);
    const chart = figure('関わった海外の都市数の推移');
    expect(desc(chart)).toBe('関わった海外の都市は2015年の4都市から2018年の9都市に増えました。');
    expect(tableRows(chart)[0]).toEqual(['2015', '4']);
  });

  it('says so when no overseas city is reached', () => {
    inLanguage('en', <GrowthChart growth={[]} reached={0} caption={CAPTION} language="en" />);
    const chart = figure('Overseas cities reached');
    expect(within(chart).getByText('No overseas city in this selection.')).toBeTruthy();
    expect(within(chart).queryByRole('img')).toBeNull();
  });
});

describe('the country chart', () => {
  it('draws a bar per country in its region colour, Japan included, longest for most cities', () => {
    inLanguage('en', <CountryChart countries={COUNTRIES} caption={CAPTION} language="en" />);
    const chart = figure('Cities per country');
    const bars = within(chart).getByRole('img').querySelectorAll('[data-country] rect');
    expect(bars).toHaveLength(3);
    expect(Array.from(bars, (bar) => bar.getAttribute('fill'))).toEqual([
      REGION_COLORS.japan,
      REGION_COLORS['southeast-asia'],
      REGION_COLORS['southeast-asia'],
    ]);
    const widths = Array.from(bars, (bar) => Number(bar.getAttribute('width')));
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(widths[1]).toBeGreaterThan(widths[2]!);
    expect(within(chart).getByRole('img').textContent).toContain('Indonesia');
    expect(tableRows(chart)).toEqual([
      ['Japan', 'Japan', '3'],
      ['Indonesia', 'Southeast Asia', '2'],
      ['Vietnam', 'Southeast Asia', '1'],
    ]);
    expect(desc(chart)).toBe('Cities in 3 countries, from 3 in Japan to 1 in Vietnam.');
  });

  it('names the countries in Japanese', () => {
    inLanguage('ja', <CountryChart countries={COUNTRIES} caption={CAPTION} language="ja" />);
    const chart = figure('国別の都市数');
    const svgText = within(chart).getByRole('img').textContent;
    for (const words of ['日本', 'インドネシア', 'ベトナム', '東南アジア', '都市数'])
      expect(svgText).toContain(words);
    expect(desc(chart)).toBe(
      '3か国の都市。最も多いのは日本の3都市、最も少ないのはベトナムの1都市です。',
    );
  });

  it('says so when the selection has no city', () => {
    inLanguage('en', <CountryChart countries={[]} caption={CAPTION} language="en" />);
    const chart = figure('Cities per country');
    expect(within(chart).getByText('No city in this selection.')).toBeTruthy();
    expect(within(chart).queryByRole('img')).toBeNull();
  });
});
