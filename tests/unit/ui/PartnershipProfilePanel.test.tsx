// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../src/i18n/core';
import type { Language } from '../../../src/state/language';
import { PartnershipProfilePanel } from '../../../src/ui/PartnershipProfilePanel';
import { BUNDLED as dataset } from './bundledDataset';

afterEach(cleanup);

function renderPartnership(partnershipId: string, language: Language = 'en') {
  const onSelectCity = vi.fn();
  const onClose = vi.fn();
  const view = render(
    <I18nextProvider i18n={createTranslator(language)}>
      <PartnershipProfilePanel
        dataset={dataset}
        partnershipId={partnershipId}
        inView
        onSelectCity={onSelectCity}
        onClose={onClose}
      />
    </I18nextProvider>,
  );
  return { ...view, onSelectCity, onClose };
}

describe('the partnership profile', () => {
  it('shows both cities, each opening its city, with the type, status, years and description', () => {
    const { onSelectCity, onClose } = renderPartnership('p-osaka-quezon-city');
    const panel = screen.getByRole('complementary', { name: 'Partnership: Osaka – Quezon City' });
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2 }));
    const cities = within(panel).getByRole('region', { name: 'Cities' });
    expect(
      within(cities)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Osaka', 'Quezon City']);
    expect(cities.textContent).toContain('Philippines');
    expect(panel.textContent).toContain('Type: MoU');
    expect(panel.textContent).toContain('Status: active');
    expect(panel.textContent).toContain('Years: since 2018');
    expect(panel.textContent).toContain('Themes: low-carbon, climate policy, waste');
    expect(panel.textContent).toContain('the Payatas landfill');
    expect(panel.textContent).toContain('MOEJ programme participation inferred');
    expect(within(panel).getByRole('link', { name: 'quezoncity.gov.ph' })).toBeTruthy();

    fireEvent.click(within(cities).getByRole('button', { name: 'Quezon City' }));
    expect(onSelectCity).toHaveBeenCalledWith('quezon-city');
    fireEvent.click(within(panel).getByRole('button', { name: 'Close the partnership' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('speaks Japanese, naming Japanese cities by their local names', () => {
    renderPartnership('p-osaka-ho-chi-minh-city', 'ja');
    const panel = screen.getByRole('complementary', { name: '連携：大阪市 – Ho Chi Minh City' });
    expect(panel.textContent).toContain('種類：覚書（MoU）');
    expect(panel.textContent).toContain('状況：実施中');
    expect(panel.textContent).toContain('期間：2011年〜');
    expect(within(panel).getByRole('button', { name: '大阪市' })).toBeTruthy();
  });

  it('renders nothing for an id the data does not have', () => {
    const { container } = renderPartnership('p-nowhere');
    expect(container.childNodes).toHaveLength(0);
  });
});
