// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDataset } from '../../../src/domain/dataset';
import { createTranslator } from '../../../src/i18n/core';
import type { Language } from '../../../src/state/language';
import { WorkshopProfilePanel } from '../../../src/ui/WorkshopProfilePanel';
import { BUNDLED as dataset } from './bundledDataset';
import { makeCity, makeWorkshop } from '../../support/records';

const OSAKA_2017 = 'ws-2017-11-osaka';

afterEach(cleanup);

function renderWorkshop(
  workshopId: string,
  language: Language = 'en',
  data = dataset,
  inView = true,
) {
  const onSelectCity = vi.fn();
  const onClose = vi.fn();
  const view = render(
    <I18nextProvider i18n={createTranslator(language)}>
      <WorkshopProfilePanel
        dataset={data}
        workshopId={workshopId}
        inView={inView}
        onSelectCity={onSelectCity}
        onClose={onClose}
      />
    </I18nextProvider>,
  );
  return { ...view, onSelectCity, onClose };
}

/** The city buttons under a role's heading, in order. */
function citiesIn(panel: HTMLElement, role: string): string[] {
  const section = within(panel).getByRole('region', { name: role });
  return within(section)
    .getAllByRole('button')
    .map((button) => button.textContent);
}

describe('the workshop profile', () => {
  it('shows the Nov 2017 Osaka training with its cities by role, its people and its facts', () => {
    const { onSelectCity } = renderWorkshop(OSAKA_2017);
    const panel = screen.getByRole('complementary', { name: /^Workshop: Pilot Training Workshop/ });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toMatch(
      /^Pilot Training Workshop/,
    );
    expect(citiesIn(panel, 'Hosts')).toEqual(['Osaka', 'Amagasaki']);
    expect(citiesIn(panel, 'Participants')).toEqual([
      'Bandung',
      'Quezon City',
      'Can Tho',
      'Ho Chi Minh City',
    ]);
    expect(citiesIn(panel, 'Lecturers / support')).toEqual(['Toyama', 'Toyota']);
    expect(panel.textContent).toContain('People trained: 7 people');
    expect(panel.textContent).toMatch(/27 Nov\s–\s1 Dec 2017/);
    expect(panel.textContent).toContain('Themes: low-carbon, climate policy');
    expect(panel.textContent).toContain('Organisers: MOEJ, IGES');
    expect(panel.textContent).toContain('Funder: MOEJ');
    expect(panel.textContent).toContain('Programme: MOEJ City-to-City Collaboration');
    // Each city with its country; its notes and its sources, the web addresses as links.
    const bandung = within(panel).getByRole('button', { name: 'Bandung' });
    expect(bandung.closest('li')?.textContent).toContain('Indonesia');
    expect(panel.textContent).toContain('Toyama City and Toyota City gave lectures');
    expect(
      within(panel)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toContain('https://www.iges.or.jp/en/sustainable-city/20171127.html');

    fireEvent.click(bandung);
    expect(onSelectCity).toHaveBeenCalledWith('bandung');
  });

  it('lands keyboard users on its heading, and its close button closes it', () => {
    const { onClose } = renderWorkshop(OSAKA_2017);
    const panel = screen.getByRole('complementary', { name: /^Workshop:/ });
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2 }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Close the workshop' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('speaks Japanese, naming Japanese cities by their local names', () => {
    renderWorkshop(OSAKA_2017, 'ja');
    const panel = screen.getByRole('complementary', { name: /^研修：Pilot Training Workshop/ });
    expect(citiesIn(panel, '開催都市')).toEqual(['大阪市', '尼崎市']);
    expect(citiesIn(panel, '参加都市')).toEqual([
      'Bandung',
      'Quezon City',
      'Can Tho',
      'Ho Chi Minh City',
    ]);
    expect(citiesIn(panel, '講師都市')).toEqual(['富山市', '豊田市']);
    expect(within(panel).getByRole('button', { name: '大阪市' }).getAttribute('lang')).toBe('ja');
    expect(panel.textContent).toContain('研修参加者数：7人');
    expect(panel.textContent).toContain('2017年11月27日〜12月1日');
    expect(panel.textContent).toContain('分野：低炭素、気候変動政策');
    expect(panel.textContent).not.toContain('Hosts');
    expect(within(panel).getByRole('button', { name: '研修の詳細を閉じる' })).toBeTruthy();
  });

  it('says when the number of people trained is not recorded, and leaves out empty roles', () => {
    const data = createDataset(
      [makeCity({ id: 'kobe', name: 'Kobe' })],
      [makeWorkshop({ id: 'w', title: 'Waste day', hostCityIds: ['kobe'] })],
      [],
    );
    renderWorkshop('w', 'en', data);
    const panel = screen.getByRole('complementary', { name: 'Workshop: Waste day' });
    expect(panel.textContent).toContain('People trained: not recorded');
    expect(citiesIn(panel, 'Hosts')).toEqual(['Kobe']);
    expect(within(panel).queryByRole('region', { name: 'Participants' })).toBeNull();
  });

  it('renders nothing for an id the data does not have', () => {
    const { container } = renderWorkshop('ws-nowhere');
    expect(container.childNodes).toHaveLength(0);
  });

  it('says when the current filters leave the workshop out, and only then', () => {
    renderWorkshop(OSAKA_2017, 'en', dataset, false);
    expect(screen.getByText(/^Outside the current filters/)).toBeTruthy();
    cleanup();
    renderWorkshop(OSAKA_2017);
    expect(screen.queryByText(/^Outside the current filters/)).toBeNull();
  });
});
