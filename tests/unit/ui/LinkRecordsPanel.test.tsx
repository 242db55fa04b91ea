// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { buildNetwork } from '../../../src/domain/network';
import { pairRecords, type PairRecords } from '../../../src/domain/records';
import { createTranslator } from '../../../src/i18n/core';
import type { Language } from '../../../src/state/language';
import { LinkRecordsPanel } from '../../../src/ui/LinkRecordsPanel';
import { BUNDLED as dataset } from './bundledDataset';

const network = buildNetwork(dataset, DEFAULT_FILTERS);
const pair = (id: string) => pairRecords(network, id) ?? undefined;

afterEach(cleanup);

function renderLink(link: PairRecords | undefined, language: Language = 'en') {
  const onOpenRecord = vi.fn();
  const onSelectCity = vi.fn();
  const onClose = vi.fn();
  render(
    <I18nextProvider i18n={createTranslator(language)}>
      <LinkRecordsPanel
        dataset={dataset}
        pair={link}
        onOpenRecord={onOpenRecord}
        onSelectCity={onSelectCity}
        onClose={onClose}
      />
    </I18nextProvider>,
  );
  return { onOpenRecord, onSelectCity, onClose };
}

describe("a link's records", () => {
  it('lists the workshops two cities attended together, each opening its record', () => {
    const link = pair('co-attendance:ho-chi-minh-city~quezon-city');
    expect(link?.workshops.length).toBeGreaterThan(1);
    const { onOpenRecord, onSelectCity } = renderLink(link);
    const panel = screen.getByRole('complementary', {
      name: 'Link: Ho Chi Minh City – Quezon City',
    });
    expect(panel.textContent).toContain('Attended the same workshop');
    const records = within(panel).getByRole('region', {
      name: `${link!.workshops.length} workshops`,
    });
    const training = within(records).getByRole('button', { name: /^Pilot Training Workshop/ });
    expect(training.closest('li')?.textContent).toMatch(/27 Nov\s–\s1 Dec 2017 · low-carbon/);
    expect(within(records).getAllByRole('button')).toHaveLength(link!.workshops.length);

    fireEvent.click(training);
    expect(onOpenRecord).toHaveBeenCalledWith({ kind: 'workshop', id: 'ws-2017-11-osaka' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Quezon City' }));
    expect(onSelectCity).toHaveBeenCalledWith('quezon-city');
  });

  it("lists a partnership link's partnership by its facts, opening it, and the workshops drawn under the same line", () => {
    // Osaka and Quezon City are partners and met at the 2017 Osaka training: two lines on one
    // another, of which a click reaches one; the panel lists both.
    const { onOpenRecord } = renderLink(pair('partnership:osaka~quezon-city'));
    const panel = screen.getByRole('complementary', { name: 'Link: Osaka – Quezon City' });
    expect(panel.textContent).toContain(
      'Partnership, Attended the same workshop, Workshop (participant',
    );
    const training = within(panel).getByRole('region', { name: /^\d+ workshops?$/ });
    expect(within(training).getByRole('button', { name: /^Pilot Training Workshop/ })).toBeTruthy();
    const records = within(panel).getByRole('region', { name: '1 partnership' });
    fireEvent.click(within(records).getByRole('button', { name: 'MoU · since 2018' }));
    expect(onOpenRecord).toHaveBeenCalledWith({ kind: 'partnership', id: 'p-osaka-quezon-city' });
    expect(records.textContent).toContain('the Payatas landfill');
  });

  it('speaks Japanese', () => {
    renderLink(pair('workshop:bandung~osaka'), 'ja');
    const panel = screen.getByRole('complementary', { name: 'つながり：大阪市 – Bandung' });
    expect(within(panel).getByRole('region', { name: '研修1件' })).toBeTruthy();
  });

  it('says when the filters have removed the link, and closes', () => {
    const { onClose } = renderLink(undefined);
    const panel = screen.getByRole('complementary', { name: 'Link' });
    expect(panel.textContent).toContain('This link is not in the current view.');
    fireEvent.click(within(panel).getByRole('button', { name: 'Close the link' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
