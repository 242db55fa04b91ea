// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../src/i18n/core';
import type { Language } from '../../../src/state/language';
import { CityProfilePanel } from '../../../src/ui/CityProfilePanel';
import { BUNDLED as dataset } from './bundledDataset';

afterEach(cleanup);

function renderCity(cityId: string, language: Language = 'en') {
  const onSelectCity = vi.fn();
  const onOpenRecord = vi.fn();
  const onClose = vi.fn();
  render(
    <I18nextProvider i18n={createTranslator(language)}>
      <CityProfilePanel
        dataset={dataset}
        node={undefined}
        cityId={cityId}
        insights={[]}
        onSelectCity={onSelectCity}
        onOpenRecord={onOpenRecord}
        onClose={onClose}
      />
    </I18nextProvider>,
  );
  return { onSelectCity, onOpenRecord, onClose };
}

describe('the city profile', () => {
  it('opens each of its workshops by its title', () => {
    const { onOpenRecord, onSelectCity } = renderCity('osaka');
    const panel = screen.getByRole('complementary', { name: 'City profile: Osaka' });
    const workshops = within(panel).getByRole('region', { name: 'Workshops' });
    fireEvent.click(within(workshops).getByRole('button', { name: /^Pilot Training Workshop/ }));
    expect(onOpenRecord).toHaveBeenCalledWith({ kind: 'workshop', id: 'ws-2017-11-osaka' });
    expect(onSelectCity).not.toHaveBeenCalled();
  });

  it('opens each partnership by a button naming the pair, and each partner by its name', () => {
    const { onOpenRecord, onSelectCity } = renderCity('osaka');
    const partners = within(
      screen.getByRole('complementary', { name: 'City profile: Osaka' }),
    ).getByRole('region', { name: 'Partners' });
    const details = within(partners).getByRole('button', {
      name: 'Partnership details: Osaka – Quezon City',
    });
    expect(details.textContent).toBe('Partnership details');
    fireEvent.click(details);
    expect(onOpenRecord).toHaveBeenCalledWith({ kind: 'partnership', id: 'p-osaka-quezon-city' });
    fireEvent.click(within(partners).getByRole('button', { name: 'Quezon City' }));
    expect(onSelectCity).toHaveBeenCalledWith('quezon-city');
  });

  it('names the pair in Japanese, and lands keyboard users on its heading', () => {
    renderCity('osaka', 'ja');
    const panel = screen.getByRole('complementary', { name: '都市プロフィール：大阪市' });
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2 }));
    expect(
      within(panel).getByRole('button', { name: '連携の詳細：大阪市 – Quezon City' }).textContent,
    ).toBe('連携の詳細');
  });
});
